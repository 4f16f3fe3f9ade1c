#include "delivery/firehose_batches.hpp"

namespace smsim::delivery {

namespace {

constexpr std::size_t kBytesPerMiB = 1024 * 1024;

}  // namespace

std::optional<FirehoseBatch> FirehoseBatches::add(std::uint64_t subscription,
                                                  const FirehoseBuffering& hints,
                                                  std::string record, const std::string& messageId,
                                                  double now) {
  auto [it, started] = batches_.try_emplace(subscription);
  auto& batch = it->second;
  if (started) {
    batch.dueEpochSeconds = now + hints.intervalSeconds;
    batch.firstMessageId = messageId;
  }
  batch.bytes += record.size();
  batch.records.push_back(std::move(record));
  const bool full = batch.bytes >= static_cast<std::size_t>(hints.sizeMiB) * kBytesPerMiB ||
                    batch.records.size() >= kMaxRecords;
  if (!full) return std::nullopt;
  auto taken = std::move(batch);
  batches_.erase(it);
  return taken;
}

std::vector<std::pair<std::uint64_t, FirehoseBatch>> FirehoseBatches::takeDue(double now) {
  std::vector<std::pair<std::uint64_t, FirehoseBatch>> due;
  for (auto it = batches_.begin(); it != batches_.end();) {
    if (it->second.dueEpochSeconds <= now) {
      due.emplace_back(it->first, std::move(it->second));
      it = batches_.erase(it);
    } else {
      ++it;
    }
  }
  return due;
}

std::size_t FirehoseBatches::heldRecords() const {
  std::size_t held = 0;
  for (const auto& [subscription, batch] : batches_) held += batch.records.size();
  return held;
}

}  // namespace smsim::delivery
