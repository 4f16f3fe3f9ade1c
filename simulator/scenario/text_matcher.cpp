#include "scenario/text_matcher.hpp"

namespace smsim::scenario {

bool TextMatcher::matches(std::optional<std::string_view> value) const {
  switch (kind) {
    case Kind::Present:
      return value.has_value();
    case Kind::Absent:
      return !value.has_value();
    case Kind::Equals:
      return value && *value == text;
    case Kind::Contains:
      return value && value->find(text) != std::string_view::npos;
    case Kind::Matches:
      return value && pattern->search(*value) == TextPattern::Result::Match;
  }
  return false;
}

std::string TextMatcher::describe() const {
  switch (kind) {
    case Kind::Present:
      return "present";
    case Kind::Absent:
      return "absent";
    case Kind::Equals:
      return "\"" + text + "\"";
    case Kind::Contains:
      return "containing \"" + text + "\"";
    case Kind::Matches:
      return "matching /" + text + "/";
  }
  return "";
}

}  // namespace smsim::scenario
