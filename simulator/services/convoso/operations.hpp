#pragma once
// The behaviour of Convoso's SMS opt-out and DNC endpoints on typed requests: validation with
// Convoso's error codes, then the change or search on the store. No HTTP here; errors are thrown
// as ConvosoError. Parameters stay strings because Convoso's answer to a malformed value is part
// of the behaviour (each operation has its own code for it).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "services/convoso/convoso_error.hpp"
#include "services/convoso/resources.hpp"
#include "smsim/clock.hpp"
#include "smsim/convoso_config.hpp"
#include "state/convoso_store.hpp"

namespace smsim::convoso {

// A parameter as sent: absent, or a string (maybe empty). Members default to absent, so tests
// name only the parameters they send.
using Parameter = std::optional<std::string>;

struct InsertRequest {
  Parameter phoneNumber{}, phoneCode{}, campaignId{}, reason{}, purpose{};
  // Not a field of the entry (insert assigns the id); the DNC list refuses a malformed one (6056).
  Parameter id{};
};

struct UpdateRequest {
  Parameter id{}, phoneNumber{}, phoneCode{}, campaignId{}, reason{}, purpose{};
};

struct SearchRequest {
  Parameter id{}, campaignId{}, phoneNumber{}, phoneCode{}, reason{}, purpose{}, insertDate{},
      offset{}, limit{};
};

struct DeleteRequest {
  Parameter phoneNumber{}, phoneCode{}, campaignId{};
};

struct SearchResult {
  std::size_t offset = 0;
  std::size_t limit = 0;
  std::size_t total = 0;
  std::vector<state::ConvosoRecord> records;
  std::size_t entriesVisited = 0;
};

// What every operation works on; references, so configuration changes apply to the next call.
struct ConvosoContext {
  const ConvosoConfig& config;
  state::ConvosoStore& store;
  const Clock& clock;
};

// Each returns the id of the entry inserted, updated or deleted.
std::uint64_t insertRecord(const ConvosoContext& context, ConvosoList list,
                           const InsertRequest& request);
std::uint64_t updateRecord(const ConvosoContext& context, ConvosoList list,
                           const UpdateRequest& request);
SearchResult searchRecords(const ConvosoContext& context, ConvosoList list,
                           const SearchRequest& request);
std::uint64_t deleteRecord(const ConvosoContext& context, ConvosoList list,
                           const DeleteRequest& request);

}  // namespace smsim::convoso
