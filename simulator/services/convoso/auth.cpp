// Checking a Convoso auth token against the configured ones.
#include "services/convoso/auth.hpp"

#include <algorithm>

namespace smsim::convoso {

AuthOutcome checkAuthToken(const ConvosoConfig& config, const Parameter& token, ConvosoList list) {
  if (!token || token->empty()) return AuthOutcome::InvalidToken;
  if (config.tokens.empty()) return AuthOutcome::Accepted;
  const auto configured =
      std::find_if(config.tokens.begin(), config.tokens.end(),
                   [&token](const ConvosoToken& candidate) { return candidate.token == *token; });
  if (configured == config.tokens.end()) return AuthOutcome::InvalidToken;
  if (configured->resources.empty()) return AuthOutcome::Accepted;
  const bool forThisResource = std::find(configured->resources.begin(), configured->resources.end(),
                                         resourceName(list)) != configured->resources.end();
  return forThisResource ? AuthOutcome::Accepted : AuthOutcome::NotValidForResource;
}

}  // namespace smsim::convoso
