// The JSON of opt-out lists and the numbers on them.
#include "protocols/aws_json/json_members.hpp"
#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

void fromJson(const nlohmann::json& in, v2::CreateOptOutListRequest& out) {
  readMember(in, "OptOutListName", out.optOutListName);
  out.tags = readTags(in);
}

void fromJson(const nlohmann::json& in, v2::DeleteOptOutListRequest& out) {
  readMember(in, "OptOutListName", out.optOutListName);
}

void fromJson(const nlohmann::json& in, v2::DescribeOptOutListsRequest& out) {
  readMember(in, "OptOutListNames", out.optOutListNames);
  readMember(in, "Owner", out.owner);
  out.page = readPage(in);
}

void fromJson(const nlohmann::json& in, v2::PutOptedOutNumberRequest& out) {
  readMember(in, "OptOutListName", out.optOutListName);
  readMember(in, "OptedOutNumber", out.optedOutNumber);
}

void fromJson(const nlohmann::json& in, v2::DeleteOptedOutNumberRequest& out) {
  readMember(in, "OptOutListName", out.optOutListName);
  readMember(in, "OptedOutNumber", out.optedOutNumber);
}

void fromJson(const nlohmann::json& in, v2::DescribeOptedOutNumbersRequest& out) {
  readMember(in, "OptOutListName", out.optOutListName);
  readMember(in, "OptedOutNumbers", out.optedOutNumbers);
  out.filters = readFilters(in);
  out.page = readPage(in);
}

nlohmann::json toJson(const v2::OptOutListInformation& result) {
  return {{"OptOutListArn", result.optOutListArn},
          {"OptOutListName", result.optOutListName},
          {"CreatedTimestamp", result.createdTimestamp}};
}

nlohmann::json toJson(const v2::CreateOptOutListResult& result) {
  auto out = toJson(static_cast<const v2::OptOutListInformation&>(result));
  out["Tags"] = tagsJson(result.tags);
  return out;
}

nlohmann::json toJson(const v2::DescribeOptOutListsResult& result) {
  nlohmann::json out = {{"OptOutLists", arrayJson(result.optOutLists,
                                                  [](const auto& list) { return toJson(list); })}};
  writeNextToken(out, result.nextToken);
  return out;
}

// Built member by member: an initializer list copies every value twice, which was most of the
// cost of a 100-number DescribeOptedOutNumbers page.
nlohmann::json toJson(const v2::OptedOutNumberInformation& result) {
  nlohmann::json out = nlohmann::json::object();
  out["OptedOutNumber"] = result.optedOutNumber;
  out["OptedOutTimestamp"] = result.optedOutTimestamp;
  out["EndUserOptedOut"] = result.endUserOptedOut;
  return out;
}

nlohmann::json toJson(const v2::OptedOutNumberOnList& result) {
  auto out = toJson(static_cast<const v2::OptedOutNumberInformation&>(result));
  out["OptOutListArn"] = result.optOutListArn;
  out["OptOutListName"] = result.optOutListName;
  return out;
}

nlohmann::json toJson(const v2::DescribeOptedOutNumbersResult& result) {
  nlohmann::json out = {{"OptOutListArn", result.optOutListArn},
                        {"OptOutListName", result.optOutListName}};
  out["OptedOutNumbers"] =
      arrayJson(result.optedOutNumbers, [](const auto& number) { return toJson(number); });
  writeNextToken(out, result.nextToken);
  return out;
}

}  // namespace smsim::aws_json
