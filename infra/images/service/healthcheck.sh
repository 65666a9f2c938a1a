#!/usr/bin/env bash
# Healthy when the service's readiness probe answers UP; needs only bash (no curl in JRE images).
set -euo pipefail
exec 3<>"/dev/tcp/127.0.0.1/${SERVER_PORT:-8080}"
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
answer=$(timeout 2 cat <&3)
[[ "$answer" == HTTP/1.?" 200"* && "$answer" == *'"UP"'* ]]
