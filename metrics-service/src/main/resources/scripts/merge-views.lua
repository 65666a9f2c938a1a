-- Merges slot values replicated from the peer data center into local G-counters, each slot taking the
-- higher of both values, and records how far replication got, atomically: a crash, a partition or a
-- store that came back empty can neither lose nor double anything.
-- KEYS[1] the guard key, which must hold ARGV[1]: replication:offset:{peer} while tailing the stream,
--         replication:catch-up:{peer} during a snapshot catch-up. A store that lost it answers -1 and
--         changes nothing, so that replication starts over instead of resuming into an empty store.
-- KEYS[2] replication:offset:{peer}    KEYS[3] replication:synced-at:{peer}
-- KEYS[4] replication:catch-up:{peer}
-- KEYS[5..n] views:{id}, one per slot value
-- ARGV[1] the guard's expected value
-- ARGV[2] the new offset, '' to leave it    ARGV[3] the new synced-at (epoch millis), '' to leave it
-- ARGV[4] '1' ends the catch-up
-- ARGV[5..] for each KEYS[i] from 5: its slot then the slot's value, at ARGV[2i-5] and ARGV[2i-4]
-- Returns how many slots were raised, or -1.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return -1
end
local raised = 0
for i = 5, #KEYS do
  local slot = ARGV[2 * i - 5]
  local value = ARGV[2 * i - 4]
  local current = redis.call('HGET', KEYS[i], slot)
  if not current or tonumber(value) > tonumber(current) then
    redis.call('HSET', KEYS[i], slot, value)
    raised = raised + 1
  end
end
if ARGV[2] ~= '' then
  redis.call('SET', KEYS[2], ARGV[2])
end
if ARGV[3] ~= '' then
  redis.call('SET', KEYS[3], ARGV[3])
end
if ARGV[4] == '1' then
  redis.call('DEL', KEYS[4])
end
return raised
