#include "services/sms_voice_v2/number_plan.hpp"

#include <map>
#include <random>
#include <vector>

namespace smsim::sms_voice_v2 {

namespace {

// Number shapes per country; each 'x' becomes a random digit. Ranges reserved for fiction or
// testing are used where a country has them (e.g. 555 in North America, 07700 900 in the UK).
struct CountryNumbers {
  std::string callingCode;
  std::vector<std::string> longCodes;
  std::vector<std::string> tollFree;
};

const std::map<std::string, CountryNumbers>& countries() {
  static const std::map<std::string, CountryNumbers> table = {
      {"US",
       {"+1",
        {"+1206555xxxx", "+1425555xxxx", "+1312555xxxx", "+1646555xxxx"},
        {"+1833xxxxxxx", "+1844xxxxxxx", "+1855xxxxxxx", "+1877xxxxxxx"}}},
      {"CA", {"+1", {"+1604555xxxx", "+1416555xxxx"}, {"+1888xxxxxxx"}}},
      {"GB", {"+44", {"+447700900xxx"}, {}}},
      {"AU", {"+61", {"+61491570xxx"}, {}}},
      {"NZ", {"+64", {"+6421xxxxxxx"}, {}}},
      {"IE", {"+353", {"+35385xxxxxxx"}, {}}},
      {"DE", {"+49", {"+491520xxxxxxx"}, {}}},
      {"FR", {"+33", {"+336xxxxxxxx"}, {}}},
      {"ES", {"+34", {"+346xxxxxxxx"}, {}}},
      {"IT", {"+39", {"+393xxxxxxxxx"}, {}}},
      {"NL", {"+31", {"+316xxxxxxxx"}, {}}},
      {"SE", {"+46", {"+4670xxxxxxx"}, {}}},
      {"IN", {"+91", {"+919xxxxxxxxx"}, {}}},
      {"JP", {"+81", {"+8190xxxxxxxx"}, {}}},
      {"SG", {"+65", {"+658xxxxxxx"}, {}}},
      {"BR", {"+55", {"+55119xxxxxxxx"}, {}}},
      {"MX", {"+52", {"+5255xxxxxxxx"}, {}}},
      {"ZA", {"+27", {"+2782xxxxxxx"}, {}}},
  };
  return table;
}

const std::vector<std::string>* shapesFor(const std::string& isoCountryCode,
                                          const std::string& numberType) {
  const auto country = countries().find(isoCountryCode);
  if (country == countries().end()) return nullptr;
  if (numberType == "TOLL_FREE") return &country->second.tollFree;
  // 10DLC and the simulator are US-only; their numbers look like long codes.
  if ((numberType == "TEN_DLC" || numberType == "SIMULATOR") && isoCountryCode != "US") {
    return nullptr;
  }
  return &country->second.longCodes;
}

}  // namespace

std::optional<std::string> allocatePhoneNumber(
    const std::string& isoCountryCode, const std::string& numberType,
    const std::function<bool(const std::string&)>& isTaken) {
  const auto* shapes = shapesFor(isoCountryCode, numberType);
  if (shapes == nullptr || shapes->empty()) return std::nullopt;
  thread_local std::mt19937 generator{std::random_device{}()};
  std::uniform_int_distribution<int> digit(0, 9);
  constexpr int kAttempts = 1000;
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    std::string number = (*shapes)[static_cast<std::size_t>(attempt) % shapes->size()];
    for (auto& c : number) {
      if (c == 'x') c = static_cast<char>('0' + digit(generator));
    }
    if (!isTaken(number)) return number;
  }
  return std::nullopt;
}

std::string callingCodeOf(const std::string& isoCountryCode) {
  const auto country = countries().find(isoCountryCode);
  return country == countries().end() ? "" : country->second.callingCode;
}

std::string monthlyLeasingPrice(const std::string& numberType) {
  if (numberType == "SIMULATOR") return "0.00";
  if (numberType == "TOLL_FREE") return "2.00";
  return "1.00";
}

}  // namespace smsim::sms_voice_v2
