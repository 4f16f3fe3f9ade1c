-- SendTextMessage to AWS's always-delivered simulator destination, from the number bench.py
-- requested first (SMSIM_BENCH_ORIGINATION).
local common = dofile(debug.getinfo(1, "S").source:match("@(.*/)") .. "common.lua")
common.aws_json("SendTextMessage", string.format(
  '{"DestinationPhoneNumber":"+14254147755","OriginationIdentity":"%s","MessageBody":"Your code is 123456"}',
  os.getenv("SMSIM_BENCH_ORIGINATION") or "missing"))
