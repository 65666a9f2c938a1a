-- Commits an uploaded video atomically, and with it the Idempotency-Key record when one is given.
-- KEYS: video:{id}, videos:recent, creator:{creatorId}:videos[, idempotency:{creatorId}:{key-hash}]
-- ARGV: id, record ttl (seconds), record response (video JSON), record sha256, then the video hash as field, value, ...
-- Returns {1} when committed, or {0, response, sha256} of the record that already holds the key.
if #KEYS == 4 then
  local earlier = redis.call('HMGET', KEYS[4], 'response', 'sha256')
  if earlier[1] and earlier[2] then
    return {0, earlier[1], earlier[2]}
  end
end
redis.call('HSET', KEYS[1], unpack(ARGV, 5))
redis.call('ZADD', KEYS[2], 0, ARGV[1])
redis.call('ZADD', KEYS[3], 0, ARGV[1])
if #KEYS == 4 then
  redis.call('HSET', KEYS[4], 'response', ARGV[3], 'sha256', ARGV[4], 'videoId', ARGV[1])
  redis.call('EXPIRE', KEYS[4], ARGV[2])
end
return {1}
