#!/bin/sh
set -e
mkdir -p "$JCLOUDS_FILESYSTEM_BASEDIR"
cat > /tmp/s3proxy.conf <<CONF
s3proxy.endpoint=$S3PROXY_ENDPOINT
s3proxy.authorization=$S3PROXY_AUTHORIZATION
s3proxy.identity=$S3PROXY_IDENTITY
s3proxy.credential=$S3PROXY_CREDENTIAL
jclouds.provider=$JCLOUDS_PROVIDER
jclouds.filesystem.basedir=$JCLOUDS_FILESYSTEM_BASEDIR
CONF
exec java $S3PROXY_JAVA_OPTS -jar /opt/s3proxy/s3proxy.jar --properties /tmp/s3proxy.conf
