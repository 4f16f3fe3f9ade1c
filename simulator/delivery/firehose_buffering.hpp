#pragma once
// How a `firehose` subscription buffers records before it posts them, as a Firehose stream's
// HTTP endpoint destination does (HttpEndpointBufferingHints): the records go out together, in one
// request, once the oldest has waited IntervalInSeconds on the simulated clock or they add up to
// SizeInMBs. An interval of 0 posts each record on its own at once.
// https://docs.aws.amazon.com/firehose/latest/APIReference/API_HttpEndpointBufferingHints.html
#include <optional>
#include <string>

namespace smsim::delivery {

struct FirehoseBuffering {
  static constexpr int kDefaultIntervalSeconds = 300;  // "The default value is 300 (5 minutes)."
  static constexpr int kMaxIntervalSeconds = 900;
  static constexpr int kDefaultSizeMiB = 5;
  static constexpr int kMinSizeMiB = 1;
  static constexpr int kMaxSizeMiB = 64;

  int intervalSeconds = kDefaultIntervalSeconds;
  int sizeMiB = kDefaultSizeMiB;
};

// Reads the control API's and the seed's `bufferingHints` {intervalInSeconds, sizeInMBs}: both or
// neither, as Firehose asks ("if you specify a value for one of them, you must also provide a value
// for the other"), each in Firehose's range. The hints, or the reason they are refused.
struct BufferingHintsReading {
  std::optional<FirehoseBuffering> hints;
  std::string error;
};
BufferingHintsReading readBufferingHints(std::optional<long long> intervalInSeconds,
                                         std::optional<long long> sizeInMBs);

}  // namespace smsim::delivery
