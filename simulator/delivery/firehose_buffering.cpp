#include "delivery/firehose_buffering.hpp"

namespace smsim::delivery {

BufferingHintsReading readBufferingHints(std::optional<long long> intervalInSeconds,
                                         std::optional<long long> sizeInMBs) {
  using Hints = FirehoseBuffering;
  if (intervalInSeconds.has_value() != sizeInMBs.has_value()) {
    return {std::nullopt,
            "bufferingHints needs both intervalInSeconds and sizeInMBs, as Firehose does."};
  }
  if (!intervalInSeconds) return {Hints{}, ""};
  if (*intervalInSeconds < 0 || *intervalInSeconds > Hints::kMaxIntervalSeconds) {
    return {std::nullopt, "bufferingHints.intervalInSeconds must be from 0 to " +
                              std::to_string(Hints::kMaxIntervalSeconds) + "."};
  }
  if (*sizeInMBs < Hints::kMinSizeMiB || *sizeInMBs > Hints::kMaxSizeMiB) {
    return {std::nullopt, "bufferingHints.sizeInMBs must be from " +
                              std::to_string(Hints::kMinSizeMiB) + " to " +
                              std::to_string(Hints::kMaxSizeMiB) + "."};
  }
  return {Hints{static_cast<int>(*intervalInSeconds), static_cast<int>(*sizeInMBs)}, ""};
}

}  // namespace smsim::delivery
