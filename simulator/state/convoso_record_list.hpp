#pragma once
// One Convoso list with the indexes that keep search fast on large lists: entries by id (ordered,
// so pages come in id order), ids by phone number and ids by campaign. A search filtering by id,
// phone number or campaign reads only that index's entries, never the whole list.
// Not thread-safe: ConvosoStore holds the lock.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "state/convoso_record.hpp"

namespace smsim::state {

// A reason/purpose filter of a search.
struct TextFilter {
  enum class Match { Any, Blank, NotBlank, Equals };
  Match match = Match::Any;
  std::string value;  // for Equals; compared ignoring case

  bool matches(const std::string& field) const;
};

struct RecordQuery {
  std::optional<std::uint64_t> id;
  std::optional<long long> campaignId;
  std::optional<std::string> phoneNumber;
  std::optional<std::string> phoneCode;
  TextFilter reason;
  TextFilter purpose;
  // Inserted at or after `first` and before `last` (epoch seconds).
  struct TimeRange {
    std::int64_t first = 0;
    std::int64_t last = 0;
  };
  std::optional<TimeRange> insertedDuring;
  std::size_t offset = 0;
  std::size_t limit = 0;
};

struct RecordPage {
  std::size_t total = 0;  // every match, not only this page
  std::vector<ConvosoRecord> records;
  // How many entries the search stepped over; shows that indexed searches don't scan the list.
  std::size_t entriesVisited = 0;
};

class ConvosoRecordList {
 public:
  // Stores `record` under the next id (its own id is ignored) and returns the stored copy.
  const ConvosoRecord& insert(ConvosoRecord record);
  const ConvosoRecord* find(std::uint64_t id) const;
  // The entry with exactly this country code, number and campaign, if any.
  const ConvosoRecord* findExact(const std::string& phoneCode, const std::string& phoneNumber,
                                 long long campaignId) const;
  // Replaces the entry with `updated.id` (which must exist), keeping the indexes right.
  void replace(const ConvosoRecord& updated);
  bool erase(std::uint64_t id);
  RecordPage search(const RecordQuery& query) const;
  std::size_t size() const { return records_.size(); }
  // Every entry in id order.
  template <typename Visit>
  void forEach(Visit&& visit) const {
    for (const auto& [id, record] : records_) visit(record);
  }
  void clear();

 private:
  void index(const ConvosoRecord& record);
  void unindex(const ConvosoRecord& record);

  std::map<std::uint64_t, ConvosoRecord> records_;
  std::unordered_map<std::string, std::vector<std::uint64_t>> idsByPhoneNumber_;  // sorted
  std::unordered_map<long long, std::set<std::uint64_t>> idsByCampaign_;
  std::uint64_t nextId_ = 1;
};

}  // namespace smsim::state
