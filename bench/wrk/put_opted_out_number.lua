-- PutOptedOutNumber, the same number every time: the list doesn't grow during the run, so the
-- figures measure the request path, not the data.
local common = dofile(debug.getinfo(1, "S").source:match("@(.*/)") .. "common.lua")
common.aws_json("PutOptedOutNumber",
  '{"OptOutListName":"Default","OptedOutNumber":"+14155550100"}')
