#include "services/sms_voice_v2/message_parts.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "common/utf8.hpp"

namespace smsim::sms_voice_v2 {

namespace {

constexpr std::size_t kGsmSingle = 160;
constexpr std::size_t kGsmPerPart = 153;
constexpr std::size_t kUnicodeSingle = 70;
constexpr std::size_t kUnicodePerPart = 67;

// GSM 03.38's basic table beyond the ASCII it shares (ASCII's printable characters are all in it
// except ` and the extension table's ^ { } \ [ ] ~ |), and its extension table.
bool isGsmBasic(char32_t c) {
  if (c == '\n' || c == '\r') return true;
  if (c >= 0x20 && c < 0x7F) {
    return c != '`' && c != '^' && c != '{' && c != '}' && c != '\\' && c != '[' && c != ']' &&
           c != '~' && c != '|';
  }
  static constexpr char32_t kOthers[] = {
      0x00A3, 0x00A5, 0x00E8, 0x00E9, 0x00F9, 0x00EC, 0x00F2, 0x00C7, 0x00D8, 0x00F8,
      0x00C5, 0x00E5, 0x0394, 0x03A6, 0x0393, 0x039B, 0x03A9, 0x03A0, 0x03A8, 0x03A3,
      0x0398, 0x039E, 0x00C6, 0x00E6, 0x00DF, 0x00C9, 0x00A4, 0x00A1, 0x00C4, 0x00D6,
      0x00D1, 0x00DC, 0x00A7, 0x00BF, 0x00E4, 0x00F6, 0x00F1, 0x00FC, 0x00E0};
  return std::find(std::begin(kOthers), std::end(kOthers), c) != std::end(kOthers);
}

bool isGsmExtension(char32_t c) {
  return c == 0x0C || c == '^' || c == '{' || c == '}' || c == '\\' || c == '[' || c == ']' ||
         c == '~' || c == '|' || c == 0x20AC;
}

char32_t decodeAt(std::string_view text, std::size_t at, std::size_t length) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  switch (length) {
    case 1:
      return byte(0);
    case 2:
      return (char32_t{byte(0)} & 0x1F) << 6 | (byte(1) & 0x3F);
    case 3:
      return (char32_t{byte(0)} & 0x0F) << 12 | (char32_t{byte(1)} & 0x3F) << 6 | (byte(2) & 0x3F);
    default:
      return (char32_t{byte(0)} & 0x07) << 18 | (char32_t{byte(1)} & 0x3F) << 12 |
             (char32_t{byte(2)} & 0x3F) << 6 | (byte(3) & 0x3F);
  }
}

// Fills parts of `perPart` units one character at a time, never splitting a character (a GSM
// escape pair, a UTF-16 surrogate pair) across two parts.
std::size_t countParts(const std::vector<std::uint8_t>& unitsPerCharacter, std::size_t single,
                       std::size_t perPart) {
  std::size_t total = 0;
  for (const auto units : unitsPerCharacter) total += units;
  if (total <= single) return 1;
  std::size_t parts = 1;
  std::size_t used = 0;
  for (const auto units : unitsPerCharacter) {
    if (used + units > perPart) {
      ++parts;
      used = 0;
    }
    used += units;
  }
  return parts;
}

}  // namespace

const char* encodingName(MessageEncoding encoding) {
  return encoding == MessageEncoding::kGsm ? "GSM" : "Unicode";
}

MessageParts countMessageParts(std::string_view utf8Body) {
  std::vector<std::uint8_t> septets;
  std::vector<std::uint8_t> utf16Units;
  bool gsm = true;
  for (std::size_t at = 0; at < utf8Body.size();) {
    const std::size_t length = utf8SequenceLength(utf8Body, at);
    const char32_t c = length == 0 ? char32_t{0xFFFD} : decodeAt(utf8Body, at, length);
    at += length == 0 ? 1 : length;
    if (gsm && isGsmBasic(c)) {
      septets.push_back(1);
    } else if (gsm && isGsmExtension(c)) {
      septets.push_back(2);
    } else {
      gsm = false;
    }
    utf16Units.push_back(c > 0xFFFF ? 2 : 1);
  }
  MessageParts result;
  result.characters = utf16Units.size();
  if (gsm) {
    result.parts = countParts(septets, kGsmSingle, kGsmPerPart);
  } else {
    result.encoding = MessageEncoding::kUnicode;
    result.parts = countParts(utf16Units, kUnicodeSingle, kUnicodePerPart);
  }
  return result;
}

}  // namespace smsim::sms_voice_v2
