#pragma once
// How many SMS parts a message body takes, and in which encoding, as AWS counts them: GSM 03.38
// (160 characters, 153 per part once split; an extension character such as `{` or `€` takes
// two) when every character is in that alphabet, else UCS-2 (70, 67 per part; a character past
// U+FFFF takes two).
// https://docs.aws.amazon.com/sms-voice/latest/userguide/sms-limitations-character.html
#include <cstddef>
#include <string_view>

namespace smsim::sms_voice_v2 {

enum class MessageEncoding { kGsm, kUnicode };

// As event records spell it ("messageEncoding": GSM or Unicode):
// https://docs.aws.amazon.com/sms-voice/latest/userguide/configuration-sets-event-format.html
const char* encodingName(MessageEncoding encoding);

struct MessageParts {
  MessageEncoding encoding = MessageEncoding::kGsm;
  std::size_t characters = 0;  // Unicode code points
  std::size_t parts = 1;       // an empty body still goes out as one part
};

// Bytes that are not UTF-8 count as one Unicode character each (services only see checked
// text; this keeps the count defined for anything).
MessageParts countMessageParts(std::string_view utf8Body);

}  // namespace smsim::sms_voice_v2
