#pragma once
// A Convoso business error: the numeric code clients branch on and the text they show. Services
// throw it; the protocol adapter turns it into `{"success": false, "code": N, "text": "..."}`.
#include <stdexcept>
#include <string>
#include <string_view>

namespace smsim::convoso {

struct ErrorCode {
  int code;
  std::string_view text;
};

// Codes and texts as Convoso's API pages give them. 6008 has two texts: insert reports a
// duplicate, update an invalid number.
namespace error_code {
inline constexpr ErrorCode kMissingPhoneCode{6000, "Missing Phone Code"};
inline constexpr ErrorCode kMissingCampaignId{6001, "Missing Campaign ID"};
inline constexpr ErrorCode kMissingPhoneNumber{6002, "Missing Phone Number"};
inline constexpr ErrorCode kPhoneNumberNotFound{6003, "Phone Number Not Found"};
inline constexpr ErrorCode kUnknownCampaignId{6004, "Unknown Campaign ID"};
inline constexpr ErrorCode kInvalidCampaignId{6006, "Invalid Campaign ID"};
inline constexpr ErrorCode kInvalidPhoneNumber{6007, "Invalid Phone Number"};
inline constexpr ErrorCode kPhoneNumberExists{6008, "The phone number already exists"};
inline constexpr ErrorCode kPhoneNumberIsInvalid{6008, "The phone number is invalid"};
inline constexpr ErrorCode kInvalidCountryCode{6026, "Missing or Invalid Country Code"};
inline constexpr ErrorCode kInvalidId{6056, "Missing or Invalid value for ID"};
inline constexpr ErrorCode kInvalidPurpose{6057, "Invalid Purpose Provided"};
inline constexpr ErrorCode kInvalidReason{6058, "Invalid Reason Provided"};
inline constexpr ErrorCode kCombinationExists{6059, "This combination already exists"};
inline constexpr ErrorCode kPurposeRequired{
    6080, "The purpose field is mandatory for campaigns of type 'Purpose'"};
inline constexpr ErrorCode kInvalidOffset{7231, "Invalid offset value"};
inline constexpr ErrorCode kInvalidAuthToken{5001, "Auth token is invalid"};
// Used with the field's name: "Missing required field: phone_number", "phone_code must be
// numeric".
inline constexpr int kMissingRequiredField = 4001;
// Convoso's invalid-value code ("phone_code must be numeric"); smsim also answers it to a
// parameter that is not UTF-8 ("reason must be valid UTF-8"), a case Convoso's docs don't cover.
inline constexpr int kInvalidValue = 4002;
}  // namespace error_code

class ConvosoError : public std::runtime_error {
 public:
  explicit ConvosoError(ErrorCode error)
      : std::runtime_error(std::string(error.text)), code_(error.code) {}
  ConvosoError(int code, const std::string& text) : std::runtime_error(text), code_(code) {}

  int code() const { return code_; }
  std::string text() const { return what(); }

  static ConvosoError missingRequiredField(std::string_view field) {
    return {error_code::kMissingRequiredField, "Missing required field: " + std::string(field)};
  }
  static ConvosoError mustBeNumeric(std::string_view field) {
    return {error_code::kInvalidValue, std::string(field) + " must be numeric"};
  }
  static ConvosoError notUtf8(std::string_view field) {
    return {error_code::kInvalidValue, std::string(field) + " must be valid UTF-8"};
  }

 private:
  int code_;
};

}  // namespace smsim::convoso
