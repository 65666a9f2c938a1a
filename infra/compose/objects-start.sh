#!/bin/sh
# S3Proxy on the file system with the videos bucket present from the start (a bucket is a folder).
set -eu
mkdir -p "${JCLOUDS_FILESYSTEM_BASEDIR:-/data}/videos"
exec /opt/s3proxy/run-docker-container.sh
