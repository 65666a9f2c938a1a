-- Commits an uploaded video atomically, and with it the Idempotency-Key record when one is given.
-- KEYS: video:{id}, videos:recent, creator:{creatorId}:videos, replication:catalog, replication:pending-copies
--       [, idempotency:{creatorId}:{key-hash}]
-- ARGV: id, record ttl (seconds), record response (video JSON), record sha256,
--       replicate ('1': append a 'created' event to the stream, active-active-data), stream max length,
--       pending ('1': a data center's store still lacks the bytes, upload-failover),
--       then the video hash as field, value, ...
-- Returns {1} when committed, or {0, response, sha256} of the record that already holds the key.
if #KEYS == 6 then
  local earlier = redis.call('HMGET', KEYS[6], 'response', 'sha256')
  if earlier[1] and earlier[2] then
    return {0, earlier[1], earlier[2]}
  end
end
redis.call('HSET', KEYS[1], unpack(ARGV, 8))
redis.call('ZADD', KEYS[2], 0, ARGV[1])
redis.call('ZADD', KEYS[3], 0, ARGV[1])
if #KEYS == 6 then
  redis.call('HSET', KEYS[6], 'response', ARGV[3], 'sha256', ARGV[4], 'videoId', ARGV[1])
  redis.call('EXPIRE', KEYS[6], ARGV[2])
end
if ARGV[5] == '1' then
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[6], '*', 'type', 'created', unpack(ARGV, 8))
end
if ARGV[7] == '1' then
  redis.call('SADD', KEYS[5], ARGV[1])
end
return {1}
