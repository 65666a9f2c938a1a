-- Merges slot values replicated from the peer data center into local G-counters, each slot taking the
-- higher of both values (a retraction field, '{slot}!r', the lower: it counts down), and records how far
-- replication got, atomically: a crash, a partition or a store that came back empty can neither lose nor
-- double anything. A value that carries a View-Id also settles that View-Id across both data centers
-- (see ViewIdMarks): unknown here, it is marked as the peer's; counted here too, the data center whose
-- slot sorts after the other's gives its view back and appends the retraction to its own stream.
-- KEYS[1] the guard key, which must hold ARGV[1]: replication:offset:{peer} while tailing the stream,
--         replication:catch-up:{peer} during a snapshot catch-up. A store that lost it answers -1 and
--         changes nothing, so that replication starts over instead of resuming into an empty store.
-- KEYS[2] replication:offset:{peer}    KEYS[3] replication:synced-at:{peer}
-- KEYS[4] replication:catch-up:{peer}  KEYS[5] replication:views, this data center's own stream
-- KEYS[6..n] pairs, one per value: views:{id}, then view-seen:{id}:{viewId} (views:{id} again without a View-Id)
-- ARGV[1] the guard's expected value
-- ARGV[2] the new offset, '' to leave it    ARGV[3] the new synced-at (epoch millis), '' to leave it
-- ARGV[4] '1' ends the catch-up
-- ARGV[5] approximate maximum length of KEYS[5]     ARGV[6] seconds a View-Id is remembered
-- ARGV[7..] quadruples, one per value: video id, slot, value, View-Id ('' for none); a value of '' settles the
--         View-Id only: a snapshot catch-up's copy of a peer mark that says the view was counted there, in that slot
-- Returns how many fields were changed, or -1.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return -1
end
local changed = 0
local function settle(views, seen, video, slot, view)
  local mark = redis.call('GET', seen)
  if not mark then
    redis.call('SET', seen, 'peer', 'EX', ARGV[6])
  elseif mark ~= 'peer' and mark ~= 'yielded' and mark > slot then
    local retraction = mark .. '!r'
    local value = redis.call('HINCRBY', views, retraction, -1)
    redis.call('SET', seen, 'yielded', 'KEEPTTL')
    redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[5], '*', 'id', video, 'slot', retraction, 'value', value)
    changed = changed + 1
  end
end
local count = (#KEYS - 5) / 2
for i = 0, count - 1 do
  local views = KEYS[6 + 2 * i]
  local seen = KEYS[7 + 2 * i]
  local video = ARGV[7 + 4 * i]
  local slot = ARGV[8 + 4 * i]
  local value = tonumber(ARGV[9 + 4 * i])
  local view = ARGV[10 + 4 * i]
  if value then
    local current = redis.call('HGET', views, slot)
    local countsDown = string.sub(slot, -2) == '!r'
    if not current or (countsDown and value < tonumber(current)) or (not countsDown and value > tonumber(current)) then
      redis.call('HSET', views, slot, value)
      changed = changed + 1
    end
  end
  if view ~= '' then
    settle(views, seen, video, slot, view)
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
return changed
