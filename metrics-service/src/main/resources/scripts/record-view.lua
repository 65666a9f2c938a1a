-- Records one view atomically, in one round trip.
-- KEYS[1] views:{id}          the G-counter hash; only this data center's field is written
-- KEYS[2] trending:{epoch}     the current epoch's trending board
-- KEYS[3] trending:{epoch+1}   the next epoch's board, kept warm so that a roll-over loses nothing
-- KEYS[4] view-seen:{id}:{viewId}  only when the client sent a View-Id
-- ARGV[1] this data center's name      ARGV[2] the video id
-- ARGV[3] weight on KEYS[2]            ARGV[4] weight on KEYS[3]
-- ARGV[5] unix time KEYS[2] expires    ARGV[6] unix time KEYS[3] expires
-- ARGV[7] seconds a View-Id is remembered
-- Returns 1 when the view was counted, 0 when its View-Id had been counted already.
if KEYS[4] then
  if not redis.call('SET', KEYS[4], '1', 'NX', 'EX', ARGV[7]) then
    return 0
  end
end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('ZINCRBY', KEYS[2], ARGV[3], ARGV[2])
redis.call('EXPIREAT', KEYS[2], ARGV[5])
redis.call('ZINCRBY', KEYS[3], ARGV[4], ARGV[2])
redis.call('EXPIREAT', KEYS[3], ARGV[6])
return 1
