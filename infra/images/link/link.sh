#!/usr/bin/env bash
# Runs one socat listener per route of LINK_ROUTES ("listenPort=host:port ..."); exits when any stops.
# With --check: succeeds when every listen port accepts a connection.
set -euo pipefail
routes=(${LINK_ROUTES:?LINK_ROUTES is empty})

if [[ "${1:-}" == "--check" ]]; then
  for route in "${routes[@]}"; do
    (exec 3<>"/dev/tcp/127.0.0.1/${route%%=*}") 2>/dev/null || { echo "port ${route%%=*} does not listen"; exit 1; }
  done
  exit 0
fi

for route in "${routes[@]}"; do
  port=${route%%=*}
  target=${route#*=}
  echo "link: :$port -> $target"
  socat "TCP-LISTEN:$port,fork,reuseaddr" "TCP:$target,connect-timeout=2" &
done
trap 'kill $(jobs -p) 2>/dev/null' TERM INT
wait -n
