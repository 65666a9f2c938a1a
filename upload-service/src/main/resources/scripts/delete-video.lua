-- Deletes a video's metadata when the caller owns it.
-- KEYS: video:{id}, videos:recent, creator:{callerId}:videos, replication:catalog, deleted:{id}
-- ARGV: id, callerId, replicate ('1': leave a tombstone and append a 'deleted' event, active-active-data),
--       stream max length, tombstone ttl (seconds)
-- Returns 'deleted', 'missing' or 'not-owner'.
local owner = redis.call('HGET', KEYS[1], 'creatorId')
if not owner then
  return 'missing'
end
if owner ~= ARGV[2] then
  return 'not-owner'
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
if ARGV[3] == '1' then
  redis.call('SET', KEYS[5], ARGV[2], 'EX', ARGV[5])
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[4], '*', 'type', 'deleted', 'id', ARGV[1], 'creatorId', ARGV[2])
end
return 'deleted'
