#!/usr/bin/env bash
# Builds, without any container registry, the images ReelStorm's tests and stack need:
#   reelstorm/debian:trixie   a minimal Debian root file system (debootstrap) imported as an image
#   reelstorm/jre:21          OpenJDK 21 JRE on that base
#   reelstorm/redis:8         redis-server from Debian
#   reelstorm/s3proxy:4.1.0   S3Proxy from Maven Central, configured like the official image
# and, with --compose, what infra/docker-compose.yml needs on top of them:
#   reelstorm/link:dev        a DC's link: ReelStorm's link proxies (infra's jar) on the JRE image
#   reelstorm/<service>:dev   gateway, upload-service, metrics-service, feed-service from the built jars
#                             (link and services: run ./mvnw -DskipTests package first)
#   reelstorm/prometheus:dev  Prometheus from Debian, for docker-compose.observability.yml
#                             (Grafana is in neither Debian nor Maven Central: that one needs a registry)
# Testcontainers maps the official names (redis, andrewgaul/s3proxy) to these through
# io.reelstorm.common.testing.LocalImageSubstitutor; the compose file takes them through the
# variables this script prints (put them in infra/.env).
# Usage: build-offline-images.sh [--force] [--compose]   (needs root for debootstrap, and a Docker engine)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
force=false
compose=false
for arg in "$@"; do
  case "$arg" in
    --force) force=true ;;
    --compose) compose=true ;;
    *) echo "unknown option $arg; usage: build-offline-images.sh [--force] [--compose]" >&2; exit 2 ;;
  esac
done
repo=$(cd "$here/../.." && pwd)

suite=trixie
mirror=${DEBIAN_MIRROR:-$(grep -hoE '^URIs: *http[^ ]*debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1 | awk '{print $2}')}
mirror=${mirror:-http://deb.debian.org/debian}
s3proxy_version=4.1.0
maven_central=${MAVEN_CENTRAL:-https://repo.maven.apache.org/maven2}

log() { printf '[images] %s\n' "$*"; }
have_image() { ! $force && docker image inspect "$1" >/dev/null 2>&1; }

build_base() {
  local name=reelstorm/debian:$suite
  if have_image "$name"; then log "$name already present"; return; fi
  command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install -y debootstrap" >&2; exit 1; }
  local rootfs
  rootfs=$(mktemp -d /tmp/reelstorm-rootfs.XXXXXX)
  log "debootstrap --variant=minbase $suite from $mirror"
  debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >/tmp/reelstorm-debootstrap.log 2>&1 \
    || { tail -n 20 /tmp/reelstorm-debootstrap.log >&2; exit 1; }
  rm -rf "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/* \
         "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/archives/*.deb
  printf 'deb %s %s main\n' "$mirror" "$suite" > "$rootfs/etc/apt/sources.list"
  tar --numeric-owner -C "$rootfs" -c . | docker import -c 'CMD ["/bin/bash"]' - "$name" >/dev/null
  rm -rf "$rootfs"
  log "built $name"
}

build() {
  local name=$1 dir=$2
  shift 2
  if have_image "$name"; then log "$name already present"; return; fi
  docker build --force-rm -q -t "$name" "$@" "$dir" >/dev/null
  log "built $name"
}

fetch_s3proxy() {
  local jar="$here/s3proxy/s3proxy.jar"
  [[ -s "$jar" ]] && return
  local m2="$HOME/.m2/repository/org/gaul/s3proxy/$s3proxy_version/s3proxy-$s3proxy_version-jar-with-dependencies.jar"
  if [[ -s "$m2" ]]; then cp "$m2" "$jar"; return; fi
  log "downloading S3Proxy $s3proxy_version from Maven Central"
  curl -fsSL -o "$jar.part" "$maven_central/org/gaul/s3proxy/$s3proxy_version/s3proxy-$s3proxy_version-jar-with-dependencies.jar"
  mv "$jar.part" "$jar"
}

docker info >/dev/null 2>&1 || { echo "No Docker engine answers (docker info failed)." >&2; exit 1; }
build_base
build reelstorm/jre:21 "$here/jre"
build reelstorm/redis:8 "$here/redis"
if ! have_image reelstorm/s3proxy:$s3proxy_version; then fetch_s3proxy; fi
build reelstorm/s3proxy:$s3proxy_version "$here/s3proxy"

build_link() {
  [[ -s "$repo/infra/target/infra-exec.jar" ]] || { echo "no runnable jar for infra: run ./mvnw -DskipTests package first" >&2; exit 1; }
  # Always rebuilt, like the services: the jar changes with the code.
  docker build -q -t reelstorm/link:dev -f "$here/link/Dockerfile" --build-arg JRE_IMAGE=reelstorm/jre:21 "$repo" >/dev/null
  log "built reelstorm/link:dev"
}

build_services() {
  local app jar
  for app in gateway upload-service metrics-service feed-service; do
    jar="$repo/$app/target/$app-exec.jar"
    [[ -s "$jar" ]] || { echo "no runnable jar for $app: run ./mvnw -DskipTests package first" >&2; exit 1; }
    # Always rebuilt: the jar changes with the code; unchanged dependency layers come from the cache.
    docker build -q -t "reelstorm/$app:dev" -f "$here/service/Dockerfile" \
      --build-arg APP="$app" --build-arg JRE_IMAGE=reelstorm/jre:21 "$repo" >/dev/null
    log "built reelstorm/$app:dev"
  done
}

if $compose; then
  build_link
  build reelstorm/prometheus:dev "$here/prometheus"
  build_services
  cat <<ENV
[images] for infra/docker-compose.yml (infra/.env, or export them):
JRE_IMAGE=reelstorm/jre:21
REDIS_IMAGE=reelstorm/redis:8
S3PROXY_IMAGE=reelstorm/s3proxy:$s3proxy_version
PROMETHEUS_IMAGE=reelstorm/prometheus:dev
ENV
fi
log "done"
