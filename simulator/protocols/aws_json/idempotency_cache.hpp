#pragma once
// ClientToken idempotency: a create retried with the same token gets the first result (even after
// the resource changed) instead of creating or conflicting again. The rendered result is kept at
// the protocol layer, so services and the store never hold wire JSON.
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "state/account_scope.hpp"
#include "state/bounded_map.hpp"

namespace smsim::aws_json {

class IdempotencyCache {
 public:
  // The result first returned for (scope, operation, clientToken), or serve()'s result, kept for
  // later retries. The lock is held across check, call and store, so two concurrent retries
  // don't both create. A call that throws keeps nothing: a retry runs again.
  template <typename Serve>  // nlohmann::json()
  nlohmann::json replayOrServe(const state::AccountScope& scope, const std::string& operation,
                               const std::string& clientToken, Serve&& serve) {
    const std::string key =
        scope.accountId + "|" + scope.region + "|" + operation + "|" + clientToken;
    std::lock_guard lock(mutex_);
    if (const auto* replay = results_.find(key)) return *replay;
    auto result = serve();
    results_[key] = result;
    return result;
  }

  // Forgets every token, as /_smsim/reset forgets every resource.
  void reset() {
    std::lock_guard lock(mutex_);
    results_ = state::BoundedMap<nlohmann::json>();
  }

 private:
  std::mutex mutex_;
  // The 10,000 most recent tokens (AWS, too, honours a token only for a while).
  state::BoundedMap<nlohmann::json> results_;
};

}  // namespace smsim::aws_json
