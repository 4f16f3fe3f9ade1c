#pragma once
// Random identifiers in the forms AWS uses (request ids, message ids).
#include <string>

namespace smsim::services {

std::string newUuid();  // RFC 4122 version 4, lower-case
// 32 lower-case hex digits, as in AWS resource ids (phone-…, pool-…).
std::string newCompactId();

}  // namespace smsim::services
