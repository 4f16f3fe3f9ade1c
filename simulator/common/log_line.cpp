// Quoting and escaping of the text log's values.
#include "common/log_line.hpp"

#include <array>
#include <cstdio>

#include "common/json_text.hpp"
#include "common/utf8.hpp"

namespace smsim {

namespace {

constexpr unsigned char kFirstPrintable = 0x21;  // after the space
constexpr unsigned char kLastPrintable = 0x7E;   // before DEL

bool isBare(unsigned char c) {
  return c >= kFirstPrintable && c <= kLastPrintable && c != '=' && c != '"' && c != '\\';
}

bool needsQuotes(std::string_view value) {
  if (value.empty()) return true;
  for (const char c : value) {
    if (!isBare(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

std::string hexEscape(const char* format, unsigned value) {
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), format, value);
  return buffer.data();
}

// One ASCII byte inside quotes.
void appendAscii(std::string& out, char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:
      break;
  }
  const auto byte = static_cast<unsigned char>(c);
  if (byte < 0x20 || byte == 0x7F) {
    out += hexEscape("\\x%02x", byte);
  } else {
    out += c;
  }
}

// The code point of a well-formed sequence of 2 to 4 bytes.
unsigned codePoint(std::string_view sequence) {
  constexpr std::array<unsigned, 5> kLeadMask{0, 0, 0x1F, 0x0F, 0x07};
  unsigned point = static_cast<unsigned char>(sequence[0]) & kLeadMask[sequence.size()];
  for (std::size_t i = 1; i < sequence.size(); ++i) {
    point = (point << 6) | (static_cast<unsigned char>(sequence[i]) & 0x3F);
  }
  return point;
}

// C1 controls (terminals read U+009B as CSI) and the Unicode line and paragraph separators.
bool isInvisibleControl(unsigned point) {
  return (point >= 0x80 && point <= 0x9F) || point == 0x2028 || point == 0x2029;
}

std::string quoted(std::string_view value) {
  std::string out = "\"";
  for (std::size_t at = 0; at < value.size();) {
    const std::size_t length = utf8SequenceLength(value, at);
    if (length == 0) {
      out += hexEscape("\\x%02x", static_cast<unsigned char>(value[at]));
      ++at;
      continue;
    }
    const auto sequence = value.substr(at, length);
    if (length == 1) {
      appendAscii(out, sequence[0]);
    } else if (const unsigned point = codePoint(sequence); isInvisibleControl(point)) {
      out += hexEscape("\\u%04x", point);
    } else {
      out += sequence;
    }
    at += length;
  }
  out += '"';
  return out;
}

}  // namespace

std::string logValue(std::string_view value) {
  return needsQuotes(value) ? quoted(value) : std::string(value);
}

std::string textLogLine(std::string_view message, const nlohmann::ordered_json& fields) {
  std::string line(message);
  for (const auto& [key, value] : fields.items()) {
    line += ' ';
    line += key;
    line += '=';
    if (value.is_null()) {
      line += '-';  // absent (JSON logs write null)
    } else {
      line += logValue(value.is_string() ? value.get_ref<const std::string&>() : safeDump(value));
    }
  }
  return line;
}

}  // namespace smsim
