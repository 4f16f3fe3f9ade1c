#pragma once
// What a send carries, checked before any state is read: a text has a body, a media message names
// media files of the types MMS carries, a voice message has a script that fits its text type. The
// rules the model states only in prose (prose_rules.md, SendTextMessage, SendMediaMessage and
// SendVoiceMessage); the model's own patterns and lengths are the validator's.
#include <optional>
#include <string>
#include <vector>

namespace smsim::sms_voice_v2 {

// A text message needs a MessageBody (ValidationException MISSING_PARAMETER).
void requireTextBody(const std::string& body);

// A media message needs a MessageBody, MediaUrls or both (MISSING_PARAMETER), and each media
// file's extension, when its key has one, must be a type MMS carries (MEDIA_TYPE_NOT_SUPPORTED).
void requireMediaContent(const std::optional<std::string>& body,
                         const std::vector<std::string>& mediaUrls);

// A voice message needs a MessageBody (MISSING_PARAMETER); TEXT (the default) holds at most 3,000
// characters (MAXIMUM_SIZE_EXCEEDED), SSML is one <speak> element (INVALID_PARAMETER).
void requireVoiceScript(const std::optional<std::string>& body,
                        const std::optional<std::string>& textType);

}  // namespace smsim::sms_voice_v2
