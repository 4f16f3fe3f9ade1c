-- DescribeOptedOutNumbers: the first 100-number page of the Default list (seeded large).
local common = dofile(debug.getinfo(1, "S").source:match("@(.*/)") .. "common.lua")
common.aws_json("DescribeOptedOutNumbers", '{"OptOutListName":"Default","MaxResults":100}')
