-- Deletes a video's metadata when the caller owns it.
-- KEYS: video:{id}, videos:recent, creator:{callerId}:videos
-- ARGV: id, callerId
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
return 'deleted'
