#pragma once
// How a rule or an expectation compares one piece of text (a header, a path): equal, contains,
// a regular expression, or present/absent.
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>

namespace smsim::scenario {

struct TextMatcher {
  enum class Kind { Equals, Contains, Matches, Present, Absent };

  Kind kind = Kind::Equals;
  std::string text;                           // Equals, Contains, Matches (the pattern)
  std::shared_ptr<const std::regex> pattern;  // Matches: compiled once, at load time

  // `value` is nullopt when the request has no such header.
  bool matches(std::optional<std::string_view> value) const;
  std::string describe() const;
};

}  // namespace smsim::scenario
