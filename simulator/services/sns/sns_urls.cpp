#include "services/sns/sns_urls.hpp"

namespace smsim::sns {

std::string queryEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

std::string subscribeUrl(const std::string& baseUrl, const std::string& topicArn,
                         const std::string& token) {
  return baseUrl +
         "/?Action=ConfirmSubscription&Version=2010-03-31&TopicArn=" + queryEncode(topicArn) +
         "&Token=" + queryEncode(token);
}

std::string unsubscribeUrl(const std::string& baseUrl, const std::string& subscriptionArn) {
  return baseUrl +
         "/?Action=Unsubscribe&Version=2010-03-31&SubscriptionArn=" + queryEncode(subscriptionArn);
}

}  // namespace smsim::sns
