-- Convoso SMS opt-out insert of distinct numbers, to fill the list when no scenario seed can:
-- run k (SMSIM_BENCH_RUN) of thread t inserts 2000000000 + k * 2*10^7 + t * 10^7 + n.
local common = dofile(debug.getinfo(1, "S").source:match("@(.*/)") .. "common.lua")
local thread_count = 0
function setup(thread)
  thread:set("thread_index", thread_count)
  thread_count = thread_count + 1
end
local run_index = tonumber(os.getenv("SMSIM_BENCH_RUN") or "0")
local sent = 0
function request()
  sent = sent + 1
  local number = 2000000000 + run_index * 20000000 + thread_index * 10000000 + sent
  return wrk.format("POST", "/v1/sms-opt-out/insert",
    {["Content-Type"] = "application/x-www-form-urlencoded"},
    "auth_token=bench&phone_code=1&campaign_id=0&phone_number=" .. number)
end
