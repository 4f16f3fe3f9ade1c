#include "services/sms_voice_v2/send_content_checks.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "common/text.hpp"
#include "common/utf8.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

namespace {

// The file types of "MMS file types, size and character limits"
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/mms-limitations-character.html), by the
// extensions their MIME types go by. AWS reads a file's type from S3; smsim has no S3, so it
// judges the key's extension and lets a key without one through (prose_rules.md,
// SendMediaMessage-5). The page's sizes (2 MB images, 600 KB the rest) need the file itself.
constexpr std::array<std::string_view, 24> kMediaExtensions = {
    "gif", "jpg", "jpeg", "png", "tif", "tiff", "3gp", "3gpp", "3g2", "3gpp2", "amr",   "mp4",
    "m4a", "m4v", "mp3",  "ogg", "oga", "mov",  "qt",  "webm", "ics", "vcf",   "vcard", "pdf",
};

// The extension of an s3:// URL's key (its last segment), lower-cased; empty when it has none.
std::string extensionOf(std::string_view url) {
  const auto name = url.substr(url.rfind('/') + 1);
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos || dot + 1 == name.size()) return "";
  std::string extension(name.substr(dot + 1));
  std::transform(extension.begin(), extension.end(), extension.begin(), asciiLower);
  return extension;
}

bool isMediaExtension(const std::string& extension) {
  return std::find(kMediaExtensions.begin(), kMediaExtensions.end(), extension) !=
         kMediaExtensions.end();
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// MessageBodyTextType: "TEXT: This is the default value. When used the maximum character limit
// is 3000. SSML: When used the maximum character limit is 6000 including SSML tagging" (the
// model; 6000 is the member's own length, the validator's). Neither error is documented:
// MAXIMUM_SIZE_EXCEEDED and INVALID_PARAMETER are smsim's reading of ValidationExceptionReason.
constexpr std::size_t kMaxTextScript = 3000;

}  // namespace

// The model leaves MessageBody optional, but a text message without one has nothing to send
// (prose_rules.md, SendTextMessage-15; smsim's choice, as for media).
void requireTextBody(const std::string& body) {
  if (body.empty()) {
    throw ServiceError::validation("MISSING_PARAMETER", "A text message needs a MessageBody.",
                                   {{"MessageBody", "MessageBody is required."}});
  }
}

void requireMediaContent(const std::optional<std::string>& body,
                         const std::vector<std::string>& mediaUrls) {
  if (!body && mediaUrls.empty()) {
    throw ServiceError::validation("MISSING_PARAMETER",
                                   "A media message needs a MessageBody, MediaUrls or both.");
  }
  for (const auto& url : mediaUrls) {
    const auto extension = extensionOf(url);
    if (extension.empty() || isMediaExtension(extension)) continue;
    throw ServiceError::invalidField(
        "MEDIA_TYPE_NOT_SUPPORTED", "MediaUrls",
        "The media file " + url + " (." + extension + ") is not of a type MMS supports.");
  }
}

// SSML: "The <speak> tag is the root element of all Amazon Polly SSML text. All SSML-enhanced
// text must be enclosed within a pair of <speak> tags"
// (https://docs.aws.amazon.com/polly/latest/dg/speak-tag.html). smsim checks that pair only.
void requireVoiceScript(const std::optional<std::string>& body,
                        const std::optional<std::string>& textType) {
  if (!body) {
    throw ServiceError::validation("MISSING_PARAMETER",
                                   "A voice message needs a MessageBody to speak.",
                                   {{"MessageBody", "MessageBody is required."}});
  }
  if (textType.value_or("TEXT") == "SSML") {
    const auto script = trimmed(*body);
    const bool opens = script.starts_with("<speak>") || script.starts_with("<speak ");
    if (!opens || !script.ends_with("</speak>")) {
      throw ServiceError::invalidField(
          "INVALID_PARAMETER", "MessageBody",
          "An SSML MessageBody must be enclosed in a pair of <speak> tags.");
    }
    return;
  }
  if (utf8CodePoints(*body) > kMaxTextScript) {
    throw ServiceError::invalidField("MAXIMUM_SIZE_EXCEEDED", "MessageBody",
                                     "A TEXT MessageBody holds at most 3000 characters.");
  }
}

}  // namespace smsim::sms_voice_v2
