#pragma once
// Who may call the Convoso API: every call carries `auth_token`. With no configured tokens any
// non-empty token is accepted, so a first run just works; otherwise the token must be configured
// and, when it lists resources, be used on one of them.
#include "services/convoso/operations.hpp"

namespace smsim::convoso {

enum class AuthOutcome { Accepted, InvalidToken, NotValidForResource };

AuthOutcome checkAuthToken(const ConvosoConfig& config, const Parameter& token, ConvosoList list);

}  // namespace smsim::convoso
