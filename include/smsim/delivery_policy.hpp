#pragma once
// How webhook deliveries of two-way messages behave: retries, per-attempt timeouts and the memory
// budgets that keep a dead or hanging subscriber from growing the simulator without bound. Public
// so a test embedding smsim can use short timeouts.
#include <chrono>
#include <cstddef>

namespace smsim {

struct DeliveryPolicy {
  int maxAttempts = 4;
  std::chrono::milliseconds firstRetryDelay{200};  // doubles after each failure
  // Each attempt's limits; a hanging endpoint costs at most about one of these per attempt.
  std::chrono::milliseconds connectTimeout{2000};
  std::chrono::milliseconds readTimeout{2000};
  std::chrono::milliseconds writeTimeout{2000};
  // Records kept in /_smsim/deliveries; older ones are evicted (and counted).
  std::size_t historyCapacity = 10000;
  // Deliveries waiting for one endpoint (host and port); beyond this a new one is DROPPED.
  std::size_t queueCapacity = 1000;
  // Endpoints served at once, each by its own worker thread so none waits for another.
  std::size_t maxEndpoints = 64;
};

}  // namespace smsim
