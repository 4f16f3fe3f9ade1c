#pragma once
// The Convoso side of one server: its configuration and its two lists (SMS opt-out and DNC).
// Separate from the AWS store, with its own lock: every Convoso call runs under it from start to
// end, so each call sees and leaves a consistent list. The configuration is an immutable snapshot
// that a scenario seed replaces whole, so a call never reads it while a seed changes it.
#include <memory>
#include <mutex>

#include "smsim/convoso_config.hpp"
#include "state/convoso_record_list.hpp"

namespace smsim::state {

class ConvosoStore {
 public:
  explicit ConvosoStore(ConvosoConfig startConfig = {})
      : startConfig_(std::make_shared<const ConvosoConfig>(std::move(startConfig))),
        config_(startConfig_) {}

  template <typename Action>
  auto withList(ConvosoList list, Action&& action) {
    std::lock_guard lock(mutex_);
    return action(list == ConvosoList::SmsOptOut ? smsOptOuts_ : doNotCall_);
  }

  std::shared_ptr<const ConvosoConfig> config() const {
    std::lock_guard lock(mutex_);
    return config_;
  }

  // Replaces the configuration with a changed copy; calls under way keep the one they started with.
  template <typename Change>
  void changeConfig(Change&& change) {
    std::lock_guard lock(mutex_);
    auto next = std::make_shared<ConvosoConfig>(*config_);
    change(*next);
    config_ = std::move(next);
  }

  // Both lists empty, ids from 1 again, and the configuration the server started with.
  void reset() {
    std::lock_guard lock(mutex_);
    smsOptOuts_.clear();
    doNotCall_.clear();
    config_ = startConfig_;
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const ConvosoConfig> startConfig_;
  std::shared_ptr<const ConvosoConfig> config_;
  ConvosoRecordList smsOptOuts_;
  ConvosoRecordList doNotCall_;
};

}  // namespace smsim::state
