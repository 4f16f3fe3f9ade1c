#pragma once
// A text matcher's `matches:` regular expression, run by PCRE2 with a match limit and a depth
// limit: a backtracking pattern (`^(a|aa)+$` against a long header) gives up after a bounded
// amount of work and counts as no match, instead of pinning a server thread for minutes as
// the C++ standard library's regex did. Compiled once, at load time; an invalid pattern is a load
// error.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct pcre2_real_code_8;

namespace smsim::scenario {

class TextPattern {
 public:
  enum class Result { Match, NoMatch, LimitExceeded };

  // Backtracking steps one search may take (PCRE2's default is ten million).
  static constexpr std::uint32_t kMatchLimit = 100'000;
  // Nested backtracking frames one search may hold.
  static constexpr std::uint32_t kDepthLimit = 1'000;

  // Throws std::invalid_argument with PCRE2's message and offset when `pattern` does not compile.
  explicit TextPattern(const std::string& pattern);
  ~TextPattern();
  TextPattern(const TextPattern&) = delete;
  TextPattern& operator=(const TextPattern&) = delete;

  // Searches anywhere in `text`, which may be any bytes (not valid UTF-8 is fine).
  Result search(std::string_view text) const;

 private:
  pcre2_real_code_8* code_ = nullptr;
};

}  // namespace smsim::scenario
