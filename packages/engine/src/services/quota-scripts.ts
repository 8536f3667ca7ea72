/**
 * The Lua scripts behind the Redis quotas. Each runs atomically on the server, so checking every
 * bucket and adding to all of them is one step for every gateway sharing the Redis, in one round
 * trip. Values travel as the strings Redis prints (INCRBYFLOAT keeps 17 significant digits):
 * Lua's own number-to-string conversion keeps only 14, and a Lua number returned to the client
 * would be truncated to an integer.
 */

/**
 * KEYS: the counters. ARGV: four per bucket: limit, amount, ttl in ms, seed ('' for none).
 * Returns {1, value...} when admitted (the values after), or {0, index, pttl, value...} with
 * the 0-based index of the first bucket the reservation would overrun and every value unchanged.
 */
export const RESERVE_SCRIPT = `
local n = #KEYS
local values = {}
local exists = {}
for i = 1, n do
  local raw = redis.call('GET', KEYS[i])
  if raw then
    values[i] = raw
    exists[i] = true
  else
    local seed = ARGV[(i - 1) * 4 + 4]
    if seed == '' or tonumber(seed) < 0 then values[i] = '0' else values[i] = seed end
    exists[i] = false
  end
end
for i = 1, n do
  local base = (i - 1) * 4
  if tonumber(values[i]) + tonumber(ARGV[base + 2]) > tonumber(ARGV[base + 1]) then
    local ttl = -1
    if exists[i] then ttl = redis.call('PTTL', KEYS[i]) end
    if ttl < 0 then ttl = tonumber(ARGV[base + 3]) end
    local reply = {0, i - 1, ttl}
    for j = 1, n do reply[j + 3] = values[j] end
    return reply
  end
end
local reply = {1}
for i = 1, n do
  local base = (i - 1) * 4
  -- Checked again: the same key may appear twice, and the first occurrence created it.
  if not exists[i] and redis.call('EXISTS', KEYS[i]) == 0 then
    redis.call('SET', KEYS[i], values[i], 'PX', ARGV[base + 3])
  end
  local value = redis.call('INCRBYFLOAT', KEYS[i], ARGV[base + 2])
  if tonumber(value) < 0 then
    redis.call('SET', KEYS[i], '0', 'KEEPTTL')
    value = '0'
  end
  reply[i + 1] = value
end
return reply`;

/**
 * KEYS: the counters. ARGV: three per change: delta, ttl in ms, seed ('' for none). A missing
 * counter is created from its seed (or 0) with the ttl; no counter goes below 0.
 */
export const ADJUST_SCRIPT = `
for i = 1, #KEYS do
  local base = (i - 1) * 3
  if redis.call('EXISTS', KEYS[i]) == 0 then
    local seed = ARGV[base + 3]
    if seed == '' or tonumber(seed) < 0 then seed = '0' end
    redis.call('SET', KEYS[i], seed, 'PX', ARGV[base + 2])
  end
  local value = redis.call('INCRBYFLOAT', KEYS[i], ARGV[base + 1])
  if tonumber(value) < 0 then redis.call('SET', KEYS[i], '0', 'KEEPTTL') end
end
return #KEYS`;
