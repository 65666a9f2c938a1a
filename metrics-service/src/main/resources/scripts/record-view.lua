-- Records one view atomically, in one round trip.
-- KEYS[1] views:{id}                   the G-counter hash; only this data center's current slot is written
-- KEYS[2] trending:{epoch}             the current epoch's trending board
-- KEYS[3] trending:{epoch+1}           the next epoch's board, kept warm so that a roll-over loses nothing
-- KEYS[4] counters:incarnation:{dc}    must still hold ARGV[1]
-- KEYS[5] replication:views            the stream the peer data center tails (active-active data only)
-- KEYS[6] view-seen:{id}:{viewId}      only when the client sent a View-Id
-- ARGV[1] the incarnation the service writes under    ARGV[2] its slot, {dc}.{incarnation}
-- ARGV[3] the video id
-- ARGV[4] weight on KEYS[2]            ARGV[5] weight on KEYS[3]
-- ARGV[6] unix time KEYS[2] expires    ARGV[7] unix time KEYS[3] expires
-- ARGV[8] seconds a View-Id is remembered
-- ARGV[9] approximate maximum length of KEYS[5]; 0 appends nothing
-- ARGV[10] the View-Id, '' when none: it travels in the stream entry so that the peer learns it
-- The View-Id's mark holds the slot it was counted in (see ViewIdMarks); a mark of any value means
-- the view was counted before, here or, learned through replication, in the peer data center.
-- Returns {outcome, counted, givenBack}: outcome 1 when the view was counted, 0 when its View-Id had been
-- counted already, -1 when the store no longer holds ARGV[1] (it came back empty, or another instance of this
-- data center claimed a new incarnation): nothing was written. counted and givenBack are the video's tally
-- afterwards (ViewTally): the sum of its slots, and minus the sum of its retraction fields.
if redis.call('GET', KEYS[4]) ~= ARGV[1] then
  return {-1, 0, 0}
end
local function tally(outcome)
  local fields = redis.call('HGETALL', KEYS[1])
  local counted, givenBack = 0, 0
  for i = 1, #fields, 2 do
    if string.sub(fields[i], -2) == '!r' then
      givenBack = givenBack - tonumber(fields[i + 1])
    else
      counted = counted + tonumber(fields[i + 1])
    end
  end
  return {outcome, counted, givenBack}
end
if KEYS[6] then
  if not redis.call('SET', KEYS[6], ARGV[2], 'NX', 'EX', ARGV[8]) then
    return tally(0)
  end
end
local value = redis.call('HINCRBY', KEYS[1], ARGV[2], 1)
redis.call('ZINCRBY', KEYS[2], ARGV[4], ARGV[3])
redis.call('EXPIREAT', KEYS[2], ARGV[6])
redis.call('ZINCRBY', KEYS[3], ARGV[5], ARGV[3])
redis.call('EXPIREAT', KEYS[3], ARGV[7])
if ARGV[9] ~= '0' then
  if ARGV[10] ~= '' then
    redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[9], '*', 'id', ARGV[3], 'slot', ARGV[2], 'value', value, 'view', ARGV[10])
  else
    redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[9], '*', 'id', ARGV[3], 'slot', ARGV[2], 'value', value)
  end
end
return tally(1)
