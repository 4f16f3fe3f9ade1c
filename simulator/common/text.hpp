#pragma once
// Comparisons of ASCII text that HTTP and the emulated APIs treat case-insensitively (header
// names, `chunked`, Convoso's field values), and the digits-only test that numbers and ids share.
#include <algorithm>
#include <cctype>
#include <string_view>

namespace smsim {

inline char asciiLower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

inline bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return asciiLower(x) == asciiLower(y);
         });
}

// Non-empty and 0-9 only: no sign, no space, no locale's digits.
inline bool isAsciiDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace smsim
