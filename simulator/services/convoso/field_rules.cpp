// Validity rules of Convoso parameter values.
#include "services/convoso/field_rules.hpp"

#include <algorithm>
#include <charconv>

#include "common/text.hpp"

namespace smsim::convoso {

namespace {

template <typename Number>
std::optional<Number> parseWhole(std::string_view value) {
  Number number{};
  const auto* end = value.data() + value.size();
  const auto [stop, error] = std::from_chars(value.data(), end, number);
  if (error != std::errc() || stop != end) return std::nullopt;
  return number;
}

}  // namespace

bool isDigits(std::string_view value) {
  return !value.empty() &&
         std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<long long> parseCampaignId(std::string_view value) {
  const auto digits = value.starts_with('-') ? value.substr(1) : value;
  if (!isDigits(digits)) return std::nullopt;
  return parseWhole<long long>(value);
}

std::optional<std::uint64_t> parseRecordId(std::string_view value) {
  if (!isDigits(value)) return std::nullopt;
  const auto id = parseWhole<std::uint64_t>(value);
  if (!id || *id == 0) return std::nullopt;
  return id;
}

std::optional<std::size_t> parseCount(std::string_view value) {
  if (!isDigits(value)) return std::nullopt;
  return parseWhole<std::size_t>(value);
}

bool isValidPhoneCode(std::string_view code) {
  return isDigits(code) && code.size() <= kMaxCountryCodeDigits && code.front() != '0';
}

bool isValidPhoneNumber(std::string_view number, std::string_view phoneCode) {
  if (!isDigits(number)) return false;
  if (phoneCode == kNorthAmericaCode) return number.size() == kNorthAmericaNumberDigits;
  return number.size() >= kMinNationalNumberDigits &&
         number.size() + phoneCode.size() <= kMaxE164Digits;
}

bool isAllowedValue(const std::vector<std::string>& allowed, std::string_view value) {
  return allowed.empty() ||
         std::any_of(allowed.begin(), allowed.end(), [value](const std::string& candidate) {
           return equalsIgnoringCase(candidate, value);
         });
}

}  // namespace smsim::convoso
