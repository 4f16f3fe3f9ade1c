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

  // The bodies as JSON: null when empty, the text itself when it is not JSON (a malformed call).
  nlohmann::json request() const;
  nlohmann::json response() const;
};

void to_json(nlohmann::json& out, const JournalEntry& entry);

// Null when empty, the JSON when `text` parses, else the text itself as a JSON string.
nlohmann::json parseJsonOrText(const std::string& text);

struct JournalFilter {
  std::optional<std::string> api;
  std::optional<std::string> operation;
};

class Journal {
 public:
  // Keeps at most `capacity` calls and, beyond the newest one, `maxBytes` of their bodies.
  explicit Journal(std::size_t capacity, std::size_t maxBytes = SIZE_MAX)
      : capacity_(capacity), maxBytes_(maxBytes) {}

  void record(JournalEntry entry);
  std::vector<JournalEntry> list(const JournalFilter& filter) const;
  void clear();

 private:
  std::size_t capacity_;
  std::size_t maxBytes_;
  std::size_t bytes_ = 0;  // of the bodies kept
  mutable std::mutex mutex_;
  std::deque<JournalEntry> entries_;
  std::uint64_t nextSequence_ = 1;
};

}  // namespace smsim::state
