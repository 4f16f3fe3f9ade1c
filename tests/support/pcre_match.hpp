#pragma once
// Whole-text regular-expression matching for tests, with PCRE2, the engine smsim itself uses: the
// standard library's regex is slow, backtracks without limit and reads patterns its own way, so
// no file reaches for it. Header-only, so any test includes it by relative path, no build change.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace smsim::test {

// The text of the whole match, then of each group up to the last that took part (empty for one
// that did not), when `pattern` matches all of `text`; nullopt when it does not (or `text` is not
// UTF-8). Throws std::invalid_argument with
// PCRE2's message when `pattern` does not compile.
inline std::optional<std::vector<std::string>> pcreFullMatch(std::string_view pattern,
                                                             std::string_view text) {
  int error = 0;
  PCRE2_SIZE offset = 0;
  const std::unique_ptr<pcre2_code, decltype(&pcre2_code_free)> code(
      pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), PCRE2_UTF, &error,
                    &offset, nullptr),
      &pcre2_code_free);
  if (!code) {
    std::string message(256, '\0');
    const int length = pcre2_get_error_message(
        error, reinterpret_cast<PCRE2_UCHAR*>(message.data()), message.size());
    message.resize(length < 0 ? 0 : static_cast<std::size_t>(length));
    throw std::invalid_argument("pattern '" + std::string(pattern) + "' at offset " +
                                std::to_string(offset) + ": " + message);
  }
  const std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> data(
      pcre2_match_data_create_from_pattern(code.get(), nullptr), &pcre2_match_data_free);
  const int groups = pcre2_match(code.get(), reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(),
                                 0, PCRE2_ANCHORED | PCRE2_ENDANCHORED, data.get(), nullptr);
  if (groups < 0) return std::nullopt;
  const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data.get());
  std::vector<std::string> captured;
  for (int i = 0; i < groups; ++i) {
    const auto start = ovector[2 * i];
    const auto end = ovector[2 * i + 1];
    captured.emplace_back(start == PCRE2_UNSET ? std::string_view()
                                               : text.substr(start, end - start));
  }
  return captured;
}

inline bool pcreFullyMatches(std::string_view pattern, std::string_view text) {
  return pcreFullMatch(pattern, text).has_value();
}

}  // namespace smsim::test
