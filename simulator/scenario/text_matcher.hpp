#pragma once
// How a rule or an expectation compares one piece of text (a header, a path): equal, contains,
// a regular expression (PCRE2, bounded: see text_pattern.hpp), or present/absent.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "scenario/text_pattern.hpp"

namespace smsim::scenario {

struct TextMatcher {
  enum class Kind { Equals, Contains, Matches, Present, Absent };

  Kind kind = Kind::Equals;
  std::string text;                            // Equals, Contains, Matches (the pattern)
  std::shared_ptr<const TextPattern> pattern;  // Matches: compiled once, at load time

  // `value` is nullopt when the request has no such header. A pattern that gives up (its match
  // limit) does not match.
  bool matches(std::optional<std::string_view> value) const;
  std::string describe() const;
};

}  // namespace smsim::scenario
