#pragma once
// Calls SMS Voice v2 services directly with typed requests: no JSON, no adapter. For tests of a
// service's behaviour on its own, as a second protocol would call it.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "smsim/clock.hpp"
#include "state/store.hpp"

namespace smsim::testing {

class TypedServiceTest : public ::testing::Test {
 protected:
  static constexpr const char* kAccount = "123456789012";
  static constexpr const char* kRegion = "us-east-1";

  // The error `action` throws; a failure (and an empty error) when it throws none.
  template <typename Action>
  static sms_voice_v2::ServiceError errorOf(Action&& action) {
    try {
      action();
    } catch (const sms_voice_v2::ServiceError& error) {
      return error;
    }
    ADD_FAILURE() << "expected a ServiceError";
    return sms_voice_v2::ServiceError("", "");
  }

  void advanceDays(int days) { clock_.advance(std::chrono::hours(24 * days)); }

  Clock clock_;
  state::Store store_{clock_, 1000};
  sms_voice_v2::CallContext call_{{kAccount, kRegion}, store_, clock_};
};

}  // namespace smsim::testing
