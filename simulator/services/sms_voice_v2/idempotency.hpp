#pragma once
// ClientToken idempotency: a create retried with the same token returns the first result
// instead of creating (or conflicting) again.
#include <nlohmann/json.hpp>
#include <string>

#include "state/account_state.hpp"

namespace smsim::sms_voice_v2 {

template <typename Create>  // nlohmann::json()
nlohmann::json idempotent(state::AccountState& account, const std::string& operation,
                          const nlohmann::json& input, Create&& create) {
  const std::string clientToken = input.value("ClientToken", "");
  if (clientToken.empty()) return create();
  const std::string key = operation + "/" + clientToken;
  if (const auto* replay = account.idempotentResults.find(key)) return *replay;
  auto result = create();
  account.idempotentResults[key] = result;
  return result;
}

}  // namespace smsim::sms_voice_v2
