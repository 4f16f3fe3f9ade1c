#pragma once
// The request journal: what the application under test called and what smsim answered. Tests
// and scenario expectations read it; it is bounded so a long soak can't grow memory.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace smsim::state {

struct JournalEntry {
  std::uint64_t sequence = 0;
  double timestamp = 0;  // epoch seconds, simulated clock
  std::string api;       // "aws" or "convoso"
  std::string operation;
  std::string method;
  std::string path;
  int status = 0;
  std::string errorType;  // empty on success
  std::string accountId;
  std::string region;
  // As JSON text, a fifth of the memory of a parsed tree, so a full journal stays small; read
  // them with request() and response().
  std::string requestBody;
  std::string responseBody;
  double durationMs = 0;
  std::string rule;  // "scenario/rule" when a scenario rule answered or delayed the call
  std::string requestId;

  // The bodies as JSON: null when empty, the text itself when it is not JSON (a malformed call).
  nlohmann::json request() const;
  nlohmann::json response() const;
};

void to_json(nlohmann::json& out, const JournalEntry& entry);

// Deeper bodies are kept as text: parsing one and dumping it again are recursive, and a refused
// request nested 58,000 levels once overflowed the stack of the next journal read.
inline constexpr std::size_t kMaxJournalJsonDepth = 64;

// Null when empty, the JSON when `text` parses (nested at most kMaxJournalJsonDepth levels), else
// the text itself as a JSON string.
nlohmann::json parseJsonOrText(const std::string& text);

// What GET /_smsim/requests narrows the journal to; every field set must match.
struct JournalFilter {
  std::optional<std::string> api;
  std::optional<std::string> operation;
  std::optional<int> status;
  std::optional<std::string> errorType;
  std::optional<std::string> rule;
  std::optional<std::string> accountId;
  std::optional<std::string> region;
  std::uint64_t afterSequence = 0;   // entries recorded after this one (a page's `next`)
  std::optional<std::size_t> limit;  // at most this many, oldest first

  bool matches(const JournalEntry& entry) const;
};

class Journal {
 public:
  // Keeps at most `capacity` calls and, beyond the newest one, `maxBytes` of their bodies.
  explicit Journal(std::size_t capacity, std::size_t maxBytes = SIZE_MAX)
      : capacity_(capacity), maxBytes_(maxBytes) {}

  void record(JournalEntry entry);
  std::vector<JournalEntry> list(const JournalFilter& filter) const;
  // Calls `visit` with each matching entry recorded before the call, oldest first, copying a few
  // at a time under the lock: a full journal is read without copying it whole or holding up the
  // calls being recorded meanwhile (an entry evicted during the read is skipped).
  // Stops after filter.limit entries.
  template <typename Visit>
  void forEach(const JournalFilter& filter, Visit&& visit) const {
    Cursor cursor{filter.afterSequence + 1, 0};
    std::vector<JournalEntry> chunk;
    std::size_t left = filter.limit.value_or(SIZE_MAX);
    while (left > 0 && copyChunk(filter, cursor, chunk)) {
      for (const auto& entry : chunk) {
        if (left == 0) return;
        visit(entry);
        --left;
      }
    }
  }
  // Entries dropped for capacity or byte budget since the start or the last clear().
  std::uint64_t evicted() const;
  void clear();

 private:
  // Where a forEach is: the first sequence it has not visited, and the first one recorded after
  // it began (0 until its first chunk).
  struct Cursor {
    std::uint64_t next = 0;
    std::uint64_t end = 0;
  };
  bool copyChunk(const JournalFilter& filter, Cursor& cursor,
                 std::vector<JournalEntry>& chunk) const;

  std::size_t capacity_;
  std::size_t maxBytes_;
  std::size_t bytes_ = 0;  // of the bodies kept
  mutable std::mutex mutex_;
  std::deque<JournalEntry> entries_;
  std::uint64_t nextSequence_ = 1;
  std::uint64_t evicted_ = 0;
};

}  // namespace smsim::state
