#pragma once
// What an SNS operation is given besides its input: whose state, which clock, where topics'
// http(s) subscribers are reached and where smsim itself is (for SubscribeURL and UnsubscribeURL).
#include <string>

#include "services/sns/topic_delivery.hpp"
#include "smsim/clock.hpp"
#include "state/account_scope.hpp"
#include "state/store.hpp"

namespace smsim::sns {

struct CallContext {
  state::AccountScope scope;
  state::Store& store;
  const Clock& clock;
  TopicDelivery* delivery = nullptr;         // none: http(s) subscribers get nothing (unit tests)
  std::string baseUrl = "http://localhost";  // http://<the Host the request came to>
};

}  // namespace smsim::sns
