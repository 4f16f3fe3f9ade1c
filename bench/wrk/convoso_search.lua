-- Convoso SMS opt-out search: a 100-record page (SMSIM_BENCH_QUERY adds filters).
local common = dofile(debug.getinfo(1, "S").source:match("@(.*/)") .. "common.lua")
wrk.method = "GET"
wrk.path = "/v1/sms-opt-out/search?auth_token=bench&limit=100" .. (os.getenv("SMSIM_BENCH_QUERY") or "")
