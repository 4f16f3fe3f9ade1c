#pragma once
// Well-formed UTF-8, checked byte by byte. Request bytes reach smsim unchecked (query strings,
// form bodies, headers); the Convoso adapter refuses what isn't UTF-8 and the text log escapes it,
// so neither a response nor a log line carries bytes a reader can't decode.
#include <algorithm>
#include <cstddef>
#include <string_view>

namespace smsim {

// The length (1-4) of the well-formed UTF-8 sequence starting at `text[at]`, or 0 when the bytes
// there are not one (a stray continuation byte, an overlong form, a surrogate, a code point past
// U+10FFFF or a truncated sequence).
inline std::size_t utf8SequenceLength(std::string_view text, std::size_t at) {
  const auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char secondMin = 0x80;
  unsigned char secondMax = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) secondMin = 0xA0;  // overlong
    if (lead == 0xED) secondMax = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) secondMin = 0x90;  // overlong
    if (lead == 0xF4) secondMax = 0x8F;  // past U+10FFFF
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  if (byte(at + 1) < secondMin || byte(at + 1) > secondMax) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
  }
  return length;
}

inline bool isValidUtf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = utf8SequenceLength(text, at);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

// Code points, counted as the bytes that start one (not continuation bytes): a length limit
// AWS states in characters. Bytes that aren't UTF-8 still count as something.
inline std::size_t utf8CodePoints(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace smsim
