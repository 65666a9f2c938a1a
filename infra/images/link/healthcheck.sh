#!/usr/bin/env bash
# Healthy when the link's control API says every route listens; needs only bash (no curl in JRE images).
set -euo pipefail
exec 3<>"/dev/tcp/127.0.0.1/${LINK_CONTROL_PORT:-9000}"
printf 'GET /health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
answer=$(timeout 2 cat <&3)
[[ "$answer" == HTTP/1.?" 200"* && "$answer" == *'"UP"'* ]]
