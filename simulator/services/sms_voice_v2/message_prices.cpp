#include "services/sms_voice_v2/message_prices.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace smsim::sms_voice_v2 {

namespace {

struct CountryPrices {
  std::string_view isoCountryCode;
  double textPerPart;
  double textCarrierFeePerPart;
  double mediaPerMessage;
  double mediaCarrierFeePerMessage;
  double voicePerMinute;
};

// smsim's own figures (see the header), in USD. US carriers add a pass-through fee per part and
// per MMS; MMS is offered only in the US and Canada, so elsewhere a media price is the default's.
constexpr std::array kPrices{
    CountryPrices{"US", 0.00581, 0.00302, 0.02000, 0.00350, 0.01300},
    CountryPrices{"CA", 0.00735, 0.0, 0.02000, 0.0, 0.01300},
    CountryPrices{"GB", 0.04030, 0.0, 0.0, 0.0, 0.03000},
    CountryPrices{"IE", 0.07280, 0.0, 0.0, 0.0, 0.04500},
    CountryPrices{"DE", 0.09360, 0.0, 0.0, 0.0, 0.05000},
    CountryPrices{"FR", 0.07080, 0.0, 0.0, 0.0, 0.04000},
    CountryPrices{"ES", 0.07970, 0.0, 0.0, 0.0, 0.04000},
    CountryPrices{"IT", 0.08200, 0.0, 0.0, 0.0, 0.04000},
    CountryPrices{"NL", 0.10500, 0.0, 0.0, 0.0, 0.04500},
    CountryPrices{"SE", 0.05860, 0.0, 0.0, 0.0, 0.04000},
    CountryPrices{"AU", 0.04020, 0.0, 0.0, 0.0, 0.05500},
    CountryPrices{"NZ", 0.11800, 0.0, 0.0, 0.0, 0.06000},
    CountryPrices{"IN", 0.00220, 0.0, 0.0, 0.0, 0.02000},
    CountryPrices{"JP", 0.07451, 0.0, 0.0, 0.0, 0.08000},
    CountryPrices{"SG", 0.04100, 0.0, 0.0, 0.0, 0.03500},
    CountryPrices{"BR", 0.02080, 0.0, 0.0, 0.0, 0.05000},
    CountryPrices{"MX", 0.03140, 0.0, 0.0, 0.0, 0.04500},
    CountryPrices{"ZA", 0.02300, 0.0, 0.0, 0.0, 0.06000},
};
constexpr CountryPrices kDefault{"", 0.05000, 0.0, 0.05000, 0.0, 0.10000};

const CountryPrices& pricesFor(std::string_view isoCountryCode) {
  const auto row = std::find_if(kPrices.begin(), kPrices.end(), [&](const CountryPrices& prices) {
    return prices.isoCountryCode == isoCountryCode;
  });
  return row == kPrices.end() ? kDefault : *row;
}

bool offersMedia(const CountryPrices& prices) { return prices.mediaPerMessage > 0; }

}  // namespace

MessagePrice textMessagePrice(std::string_view isoCountryCode, std::size_t parts) {
  const CountryPrices& prices = pricesFor(isoCountryCode);
  const auto count = static_cast<double>(std::max<std::size_t>(parts, 1));
  return {prices.textPerPart * count, prices.textCarrierFeePerPart * count};
}

MessagePrice mediaMessagePrice(std::string_view isoCountryCode) {
  const CountryPrices& prices = pricesFor(isoCountryCode);
  const CountryPrices& row = offersMedia(prices) ? prices : kDefault;
  return {row.mediaPerMessage, row.mediaCarrierFeePerMessage};
}

MessagePrice voiceMessagePrice(std::string_view isoCountryCode, std::size_t minutes) {
  const auto count = static_cast<double>(std::max<std::size_t>(minutes, 1));
  return {pricesFor(isoCountryCode).voicePerMinute * count, 0.0};
}

std::size_t voiceMessageMinutes(std::string_view text) {
  constexpr std::size_t kWordsPerMinute = 150;
  std::size_t words = 0;
  bool inWord = false;
  for (const char c : text) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (!space && !inWord) ++words;
    inWord = !space;
  }
  return std::max<std::size_t>(1, (words + kWordsPerMinute - 1) / kWordsPerMinute);
}

}  // namespace smsim::sms_voice_v2
