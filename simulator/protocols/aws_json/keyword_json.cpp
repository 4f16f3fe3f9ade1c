// The JSON of keywords.
#include "protocols/aws_json/json_members.hpp"
#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

void fromJson(const nlohmann::json& in, v2::PutKeywordRequest& out) {
  readMember(in, "OriginationIdentity", out.originationIdentity);
  readMember(in, "Keyword", out.keyword);
  readMember(in, "KeywordMessage", out.keywordMessage);
  readMember(in, "KeywordAction", out.keywordAction);
}

void fromJson(const nlohmann::json& in, v2::DeleteKeywordRequest& out) {
  readMember(in, "OriginationIdentity", out.originationIdentity);
  readMember(in, "Keyword", out.keyword);
}

void fromJson(const nlohmann::json& in, v2::DescribeKeywordsRequest& out) {
  readMember(in, "OriginationIdentity", out.originationIdentity);
  readMember(in, "Keywords", out.keywords);
  out.filters = readFilters(in);
  out.page = readPage(in);
}

nlohmann::json toJson(const v2::KeywordInformation& result) {
  return {{"Keyword", result.keyword},
          {"KeywordMessage", result.keywordMessage},
          {"KeywordAction", result.keywordAction}};
}

nlohmann::json toJson(const v2::KeywordOfIdentity& result) {
  auto out = toJson(static_cast<const v2::KeywordInformation&>(result));
  out["OriginationIdentityArn"] = result.originationIdentityArn;
  out["OriginationIdentity"] = result.originationIdentity;
  return out;
}

nlohmann::json toJson(const v2::DescribeKeywordsResult& result) {
  nlohmann::json out = {{"OriginationIdentityArn", result.originationIdentityArn},
                        {"OriginationIdentity", result.originationIdentity}};
  out["Keywords"] = arrayJson(result.keywords, [](const auto& keyword) { return toJson(keyword); });
  writeNextToken(out, result.nextToken);
  return out;
}

}  // namespace smsim::aws_json
