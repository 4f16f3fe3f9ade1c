#include "common/phone_region.hpp"

#include <phonenumbers/phonenumberutil.h>

namespace smsim {

std::string regionOfNumber(std::string_view e164) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  if (e164.empty() || e164.front() != '+') return "";
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(std::string(e164), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) return "";
  std::string region;
  util.GetRegionCodeForNumber(number, &region);
  if (region.empty() || region == "ZZ" || region == "001") {
    util.GetRegionCodeForCountryCode(number.country_code(), &region);
  }
  return region == "ZZ" || region == "001" ? "" : region;
}

const std::set<std::string>& knownRegions() {
  static const std::set<std::string> regions = [] {
    std::set<std::string> all;
    i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&all);
    return all;
  }();
  return regions;
}

}  // namespace smsim
