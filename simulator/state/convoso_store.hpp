#pragma once
// The Convoso records of one server: its SMS opt-out list and its DNC list. Separate from the AWS
// store, with its own lock: every Convoso call runs under it from start to end, so each call
// sees and leaves a consistent list.
#include <mutex>

#include "state/convoso_record_list.hpp"

namespace smsim::state {

class ConvosoStore {
 public:
  template <typename Action>
  auto withList(ConvosoList list, Action&& action) {
    std::lock_guard lock(mutex_);
    return action(list == ConvosoList::SmsOptOut ? smsOptOuts_ : doNotCall_);
  }

  // Both lists empty, ids from 1 again.
  void reset() {
    std::lock_guard lock(mutex_);
    smsOptOuts_.clear();
    doNotCall_.clear();
  }

 private:
  std::mutex mutex_;
  ConvosoRecordList smsOptOuts_;
  ConvosoRecordList doNotCall_;
};

}  // namespace smsim::state
