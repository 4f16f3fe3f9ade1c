#include "scenario/request_facts.hpp"

#include <array>

#include "common/json_depth.hpp"

namespace smsim::scenario {

namespace {
constexpr std::array<const char*, 4> kPhoneNumberFields = {
    "DestinationPhoneNumber", "OptedOutNumber", "PhoneNumber", "phone_number"};
}

nlohmann::json fieldsOfJsonBody(const std::string& body) {
  if (exceedsJsonDepth(body, kMaxFieldsDepth)) return nlohmann::json::object();
  auto parsed = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  return parsed.is_object() ? parsed : nlohmann::json::object();
}

const nlohmann::json& RequestFacts::fields() const {
  if (!fields_) {
    auto loaded = loader_ ? loader_() : nlohmann::json::object();
    fields_ = loaded.is_object() ? std::move(loaded) : nlohmann::json::object();
  }
  return *fields_;
}

std::optional<std::string> RequestFacts::phoneNumber() const {
  const auto& all = fields();
  for (const char* name : kPhoneNumberFields) {
    const auto found = all.find(name);
    if (found != all.end() && found->is_string()) return found->get<std::string>();
  }
  return std::nullopt;
}

}  // namespace smsim::scenario
