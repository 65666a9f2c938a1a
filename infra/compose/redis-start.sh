#!/bin/sh
# Starts one of ReelStorm's Redis stores the way the local stack does (infra/…/stack/Topology.java):
#   metadata  persists (it is the database): append-only file, fsync every second
#   counters  naive: nothing on disk ("it is only counters"); with durable-stores: like metadata
#   edge      the gateway's rate-limit store: nothing on disk
# REPLICA_OF=host:port makes it the naive standby, a replica of the primary DC's store over the
# inter-DC link, unless active-active-data is on (then each DC writes its own store).
set -eu
role=${1:?usage: redis-start.sh metadata|counters|edge}
fixes=",${REELSTORM_FIXES:-},"
has_fix() { case "$fixes" in *,"$1",*) return 0 ;; *) return 1 ;; esac; }

set -- --bind 0.0.0.0 --protected-mode no --dir /data
case "$role" in
  metadata) set -- "$@" --appendonly yes --appendfsync everysec --save '' ;;
  counters)
    if has_fix durable-stores; then
      set -- "$@" --appendonly yes --appendfsync everysec --save ''
    else
      set -- "$@" --appendonly no --save '' --repl-diskless-sync yes --rdb-del-sync-files yes
    fi ;;
  edge) set -- "$@" --appendonly no --save '' ;;
  *) echo "unknown role $role" >&2; exit 2 ;;
esac
if [ -n "${REPLICA_OF:-}" ] && ! has_fix active-active-data; then
  set -- "$@" --replicaof "${REPLICA_OF%:*}" "${REPLICA_OF#*:}"
fi
exec redis-server "$@"
