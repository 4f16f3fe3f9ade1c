#pragma once
// A `{from, count}` range of phone numbers, as scenario seeds write a million opted-out numbers
// without a million YAML nodes. Every number is as wide as `from` (leading zeros kept) and has
// its '+' when `from` has one.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace smsim {

struct NumberRange {
  bool plusSign = false;
  std::uint64_t first = 0;
  std::size_t digits = 0;  // the width of every number, without the '+'
  std::uint64_t count = 1;

  // `from` is an optional '+' and then 1 to 19 digits, as the caller has checked.
  static NumberRange startingAt(std::string_view from, std::uint64_t count) {
    NumberRange range;
    range.plusSign = from.starts_with('+');
    if (range.plusSign) from.remove_prefix(1);
    range.digits = from.size();
    range.first = std::stoull(std::string(from));
    range.count = count;
    return range;
  }

  // False when the last number would need one digit more than the first ("9998" + 3).
  bool staysWithinWidth() const {
    return count == 0 || std::to_string(first + (count - 1)).size() <= digits;
  }

  std::string numberAt(std::uint64_t index) const {
    const auto digitsText = std::to_string(first + index);
    std::string number;
    number.reserve(digits + 1);
    if (plusSign) number.push_back('+');
    number.append(digits - std::min(digits, digitsText.size()), '0');
    number += digitsText;
    return number;
  }
};

}  // namespace smsim
