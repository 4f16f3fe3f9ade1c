#include "state/journal.hpp"

#include "common/json_depth.hpp"

namespace smsim::state {

namespace {

// Entries copied per lock while a reader walks the journal.
constexpr std::size_t kReadChunk = 256;

std::size_t bodyBytes(const JournalEntry& entry) {
  return entry.requestBody.size() + entry.responseBody.size();
}

}  // namespace

bool JournalFilter::matches(const JournalEntry& entry) const {
  const auto differs = [](const std::optional<std::string>& wanted, const std::string& actual) {
    return wanted && *wanted != actual;
  };
  return entry.sequence > afterSequence && !differs(api, entry.api) &&
         !differs(operation, entry.operation) && (!status || *status == entry.status) &&
         !differs(errorType, entry.errorType) && !differs(rule, entry.rule) &&
         !differs(accountId, entry.accountId) && !differs(region, entry.region);
}

nlohmann::json parseJsonOrText(const std::string& text) {
  if (text.empty()) return nullptr;
  if (exceedsJsonDepth(text, kMaxJournalJsonDepth)) return text;
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
      {"rule", entry.rule.empty() ? nlohmann::json() : nlohmann::json(entry.rule)},
      {"requestId", entry.requestId}};
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
    ++evicted_;
  }
}

std::vector<JournalEntry> Journal::list(const JournalFilter& filter) const {
  std::lock_guard lock(mutex_);
  std::vector<JournalEntry> matching;
  for (const auto& entry : entries_) {
    if (filter.matches(entry)) matching.push_back(entry);
  }
  return matching;
}

bool Journal::copyChunk(const JournalFilter& filter, Cursor& cursor,
                        std::vector<JournalEntry>& chunk) const {
  chunk.clear();
  std::lock_guard lock(mutex_);
  if (cursor.end == 0) cursor.end = nextSequence_;
  if (entries_.empty()) return false;
  // Sequences are consecutive in the deque, so the cursor's position is a subtraction.
  const std::uint64_t first = entries_.front().sequence;
  std::size_t at = cursor.next <= first ? 0 : static_cast<std::size_t>(cursor.next - first);
  for (; at < entries_.size() && chunk.size() < kReadChunk; ++at) {
    const auto& entry = entries_[at];
    if (entry.sequence >= cursor.end) break;
    if (filter.matches(entry)) chunk.push_back(entry);
  }
  cursor.next = at < entries_.size() ? entries_[at].sequence : nextSequence_;
  return !chunk.empty();
}

std::uint64_t Journal::evicted() const {
  std::lock_guard lock(mutex_);
  return evicted_;
}

void Journal::clear() {
  std::lock_guard lock(mutex_);
  entries_.clear();
  bytes_ = 0;
  evicted_ = 0;
}

}  // namespace smsim::state
