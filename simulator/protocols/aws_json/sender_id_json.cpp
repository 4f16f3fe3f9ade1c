// The JSON of sender IDs.
#include "protocols/aws_json/json_members.hpp"
#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

namespace {

void readSenderIdAndCountry(const nlohmann::json& in, v2::SenderIdAndCountry& out) {
  readMember(in, "SenderId", out.senderId);
  readMember(in, "IsoCountryCode", out.isoCountryCode);
}

}  // namespace

void fromJson(const nlohmann::json& in, v2::RequestSenderIdRequest& out) {
  readMember(in, "SenderId", out.senderId);
  readMember(in, "IsoCountryCode", out.isoCountryCode);
  readMember(in, "MessageTypes", out.messageTypes);
  readMember(in, "DeletionProtectionEnabled", out.deletionProtectionEnabled);
  out.tags = readTags(in);
}

void fromJson(const nlohmann::json& in, v2::DescribeSenderIdsRequest& out) {
  if (auto it = in.find("SenderIds"); it != in.end()) {
    for (const auto& item : *it) readSenderIdAndCountry(item, out.senderIds.emplace_back());
  }
  out.filters = readFilters(in);
  readMember(in, "Owner", out.owner);
  out.page = readPage(in);
}

void fromJson(const nlohmann::json& in, v2::UpdateSenderIdRequest& out) {
  readSenderIdAndCountry(in, out);
  readMember(in, "DeletionProtectionEnabled", out.deletionProtectionEnabled);
}

void fromJson(const nlohmann::json& in, v2::ReleaseSenderIdRequest& out) {
  readSenderIdAndCountry(in, out);
}

nlohmann::json toJson(const v2::SenderIdInformation& result) {
  nlohmann::json out = {{"SenderIdArn", result.senderIdArn},
                        {"SenderId", result.senderId},
                        {"IsoCountryCode", result.isoCountryCode},
                        {"MessageTypes", result.messageTypes},
                        {"MonthlyLeasingPrice", result.monthlyLeasingPrice}};
  writeOptional(out, "DeletionProtectionEnabled", result.deletionProtectionEnabled);
  out["Registered"] = result.registered;
  return out;
}

nlohmann::json toJson(const v2::RequestSenderIdResult& result) {
  auto out = toJson(static_cast<const v2::SenderIdInformation&>(result));
  out["Tags"] = tagsJson(result.tags);
  return out;
}

nlohmann::json toJson(const v2::DescribeSenderIdsResult& result) {
  nlohmann::json out = {
      {"SenderIds", arrayJson(result.senderIds, [](const auto& item) { return toJson(item); })}};
  writeNextToken(out, result.nextToken);
  return out;
}

}  // namespace smsim::aws_json
