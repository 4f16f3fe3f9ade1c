#pragma once
// A linear pre-scan that rejects deeply nested JSON before any recursive code sees it. It lives
// with the state because the journal, the lowest layer that parses bodies, needs it too.
#include <cstddef>
#include <string_view>

namespace smsim {

inline bool exceedsJsonDepth(std::string_view text, std::size_t maxDepth) {
  std::size_t depth = 0;
  bool inString = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      if (++depth > maxDepth) return true;
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return false;
}

}  // namespace smsim
