#pragma once
// A query parameter read as a whole number: all of the text, within bounds, else nothing, so a
// route can answer a 400 instead of taking `limit=5x` as 5.
#include <charconv>
#include <optional>
#include <string>
#include <system_error>

namespace smsim::control {

template <typename Number>
std::optional<Number> wholeNumber(const std::string& text, Number lowest, Number highest) {
  Number value{};
  const auto* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc() || stop != end || value < lowest || value > highest) {
    return std::nullopt;
  }
  return value;
}

}  // namespace smsim::control
