#pragma once
// Service tests that need leased phone numbers.
#include "services/sms_voice_v2/aws_service_fixture.hpp"

namespace smsim::testing {

class IdentityTest : public AwsServiceTest {
 protected:
  json leaseNumber(const std::string& type = "LONG_CODE", json extra = json::object()) {
    json input = {{"IsoCountryCode", "US"},
                  {"MessageType", "TRANSACTIONAL"},
                  {"NumberCapabilities", {"SMS"}},
                  {"NumberType", type}};
    input.update(extra);
    return ok("RequestPhoneNumber", input);
  }
  json createPool(const json& number, json extra = json::object()) {
    json input = {{"OriginationIdentity", number["PhoneNumberId"]},
                  {"MessageType", "TRANSACTIONAL"}};
    input.update(extra);
    return ok("CreatePool", input);
  }
};

}  // namespace smsim::testing
