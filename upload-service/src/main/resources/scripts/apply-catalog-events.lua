-- Applies a batch of the peer's catalogue events idempotently, and stores how far they go, atomically.
-- KEYS: replication:offset:catalog:{peer}, videos:recent, then per event: video:{id}, deleted:{id}, creator:{creatorId}:videos
-- ARGV: new offset ('' leaves it as it is), tombstone ttl (seconds),
--       then per event: type ('created' or 'deleted'), id, creatorId, n, and n values (the hash as field, value, ...)
-- A 'created' event writes the video only when it is absent and not tombstoned; a 'deleted' event
-- removes it and leaves a tombstone. Returns the events that changed something, as type, id, ...
local changed = {}
local a = 3
for k = 3, #KEYS, 3 do
  local kind, id, n = ARGV[a], ARGV[a + 1], tonumber(ARGV[a + 3])
  if kind == 'created' then
    if redis.call('EXISTS', KEYS[k + 1]) == 0 and redis.call('EXISTS', KEYS[k]) == 0 then
      redis.call('HSET', KEYS[k], unpack(ARGV, a + 4, a + 3 + n))
      redis.call('ZADD', KEYS[2], 0, id)
      redis.call('ZADD', KEYS[k + 2], 0, id)
      changed[#changed + 1] = 'created'
      changed[#changed + 1] = id
    end
  elseif kind == 'deleted' then
    local existed = redis.call('DEL', KEYS[k])
    redis.call('ZREM', KEYS[2], id)
    redis.call('ZREM', KEYS[k + 2], id)
    redis.call('SET', KEYS[k + 1], ARGV[a + 2], 'EX', ARGV[2])
    if existed == 1 then
      changed[#changed + 1] = 'deleted'
      changed[#changed + 1] = id
    end
  end
  a = a + 4 + n
end
if ARGV[1] ~= '' then
  redis.call('SET', KEYS[1], ARGV[1])
end
return changed
