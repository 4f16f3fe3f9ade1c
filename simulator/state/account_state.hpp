#pragma once
// Everything one account holds in one region.
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "state/opt_out_list.hpp"
#include "state/phone_number.hpp"
#include "state/pool.hpp"

namespace smsim::state {

using TagMap = std::map<std::string, std::string>;

struct AccountState {
  std::map<std::string, OptOutList> optOutLists;    // by name
  std::map<std::string, PhoneNumber> phoneNumbers;  // by id
  std::map<std::string, Pool> pools;                // by id
  std::map<std::string, TagMap> tagsByArn;
  // "number|handset" -> the last inbound message published to two-way, for
  // previousPublishedMessageId.
  std::map<std::string, std::string> lastPublishedInboundId;
  // ClientToken -> the result first returned for it, so retried creates are idempotent.
  std::map<std::string, nlohmann::json> idempotentResults;
};

}  // namespace smsim::state
