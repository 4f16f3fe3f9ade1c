#pragma once
// What rules and journal expectations can know about an API call: which API and operation, whose
// account and region, its headers and its fields (the AWS JSON body or the Convoso parameters).
// The fields are parsed only when a rule asks for them, so calls no rule looks into stay cheap.
#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace smsim::scenario {

// Request bodies nested deeper than this are not looked into (their fields are {}): copying,
// comparing and describing JSON recurse, and a client's 1 MiB body can nest half a million levels.
inline constexpr std::size_t kMaxFieldsDepth = 64;

// The fields of a JSON body (an AWS call's, or a journaled one's): the object it holds; {} when
// it is not JSON, not an object, or nested deeper than kMaxFieldsDepth.
nlohmann::json fieldsOfJsonBody(const std::string& body);

class RequestFacts {
 public:
  using HeaderLookup = std::function<std::optional<std::string>(std::string_view name)>;
  using FieldsLoader = std::function<nlohmann::json()>;

  std::string api;  // api_name::kAws, api_name::kConvoso
  std::string operation;
  std::string method;
  std::string path;
  std::string accountId;  // AWS only
  std::string region;     // AWS only
  HeaderLookup header = [](std::string_view) { return std::nullopt; };

  void setFieldsLoader(FieldsLoader loader) {
    loader_ = std::move(loader);
    fields_.reset();
  }
  void setFields(nlohmann::json fields) { fields_ = std::move(fields); }
  // The request's fields as a JSON object ({} when the body is not a JSON object).
  const nlohmann::json& fields() const;
  bool fieldsLoaded() const { return fields_.has_value(); }

  // The phone number a call is about, for state kept per phone number: DestinationPhoneNumber,
  // OptedOutNumber or PhoneNumber (AWS), phone_number (Convoso); nullopt when it has none.
  std::optional<std::string> phoneNumber() const;

 private:
  FieldsLoader loader_;
  mutable std::optional<nlohmann::json> fields_;
};

}  // namespace smsim::scenario
