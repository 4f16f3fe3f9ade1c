// Percent-decoding of form and query text.
#include "protocols/aws_query/form_parameters.hpp"

#include <algorithm>

namespace smsim::aws_query {

namespace {

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool decodeFormComponent(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%') {
      if (i + 2 >= text.size()) return false;
      const int high = hexValue(text[i + 1]);
      const int low = hexValue(text[i + 2]);
      if (high < 0 || low < 0) return false;
      out += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      out += c;
    }
  }
  return true;
}

std::variant<std::monostate, FormError> appendFormParameters(std::string_view text,
                                                             FormParameters& into) {
  std::size_t from = 0;
  while (from <= text.size()) {
    const auto end = std::min(text.find('&', from), text.size());
    const auto segment = text.substr(from, end - from);
    from = end + 1;
    if (segment.empty()) continue;
    const auto equals = segment.find('=');
    std::string name;
    std::string value;
    if (!decodeFormComponent(segment.substr(0, equals), name) ||
        (equals != std::string_view::npos &&
         !decodeFormComponent(segment.substr(equals + 1), value))) {
      return FormError{"The query string is malformed: an invalid percent-encoding in '" +
                       std::string(segment.substr(0, 64)) + "'."};
    }
    into.emplace_back(std::move(name), std::move(value));
  }
  return std::monostate{};
}

}  // namespace smsim::aws_query
