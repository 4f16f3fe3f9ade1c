#include "state/journal.hpp"

namespace smsim::state {

namespace {

std::size_t bodyBytes(const JournalEntry& entry) {
  return entry.requestBody.size() + entry.responseBody.size();
}

}  // namespace

nlohmann::json parseJsonOrText(const std::string& text) {
  if (text.empty()) return nullptr;
  auto parsed = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  return parsed.is_discarded() ? nlohmann::json(text) : parsed;
}

nlohmann::json JournalEntry::request() const { return parseJsonOrText(requestBody); }
nlohmann::json JournalEntry::response() const { return parseJsonOrText(responseBody); }

void to_json(nlohmann::json& out, const JournalEntry& entry) {
  out = {
      {"sequence", entry.sequence},
      {"timestamp", entry.timestamp},
      {"api", entry.api},
      {"operation", entry.operation},
      {"method", entry.method},
      {"path", entry.path},
      {"status", entry.status},
      {"errorType", entry.errorType.empty() ? nlohmann::json() : nlohmann::json(entry.errorType)},
      {"accountId", entry.accountId},
      {"region", entry.region},
      {"request", entry.request()},
      {"response", entry.response()},
      {"durationMs", entry.durationMs},
      {"rule", entry.rule.empty() ? nlohmann::json() : nlohmann::json(entry.rule)}};
}

void Journal::record(JournalEntry entry) {
  std::lock_guard lock(mutex_);
  if (capacity_ == 0) return;
  entry.sequence = nextSequence_++;
  bytes_ += bodyBytes(entry);
  entries_.push_back(std::move(entry));
  while (entries_.size() > capacity_ || (bytes_ > maxBytes_ && entries_.size() > 1)) {
    bytes_ -= bodyBytes(entries_.front());
    entries_.pop_front();
  }
}

std::vector<JournalEntry> Journal::list(const JournalFilter& filter) const {
  std::lock_guard lock(mutex_);
  std::vector<JournalEntry> matching;
  for (const auto& entry : entries_) {
    if (filter.api && entry.api != *filter.api) continue;
    if (filter.operation && entry.operation != *filter.operation) continue;
    matching.push_back(entry);
  }
  return matching;
}

void Journal::clear() {
  std::lock_guard lock(mutex_);
  entries_.clear();
  bytes_ = 0;
}

}  // namespace smsim::state
