#pragma once
// What makes a Convoso parameter value valid: phone numbers and country codes are digits only,
// campaign ids are integers (0 global, -1 purpose type), reasons and purposes come from the
// account's allowed lists. Shared by the operations so each error code means one thing.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smsim::convoso {

// Special reason/purpose values: on update `-BLANK-` clears the field; on search they match
// entries whose field is empty / not empty.
inline constexpr std::string_view kBlankValue = "-BLANK-";
inline constexpr std::string_view kNotBlankValue = "-NOTBLANK-";

// North American numbers (country code 1) have exactly 10 digits; elsewhere a national number
// has 4 to 14 digits and, with its country code, at most 15 (E.164).
inline constexpr std::string_view kNorthAmericaCode = "1";
inline constexpr std::size_t kNorthAmericaNumberDigits = 10;
inline constexpr std::size_t kMinNationalNumberDigits = 4;
inline constexpr std::size_t kMaxE164Digits = 15;
inline constexpr std::size_t kMaxCountryCodeDigits = 3;

bool isDigits(std::string_view value);                               // non-empty and 0-9 only
std::optional<long long> parseCampaignId(std::string_view value);    // [-]digits
std::optional<std::uint64_t> parseRecordId(std::string_view value);  // digits, > 0
std::optional<std::size_t> parseCount(std::string_view value);       // digits
bool isValidPhoneCode(std::string_view code);                        // 1 to 3 digits, no leading 0
bool isValidPhoneNumber(std::string_view number, std::string_view phoneCode);
// An empty allowed list accepts every value; otherwise the comparison ignores case.
bool isAllowedValue(const std::vector<std::string>& allowed, std::string_view value);

}  // namespace smsim::convoso
