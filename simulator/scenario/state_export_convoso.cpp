// The `seed.convoso` of the state scenario: the Convoso account's configuration and both lists'
// records, with the API's own field names (seed_convoso.cpp reads them back; ids are given anew).
#include "scenario/state_export.hpp"
#include "services/convoso/insert_date.hpp"

namespace smsim::scenario {

namespace {

using Json = nlohmann::ordered_json;

Json records(state::ConvosoStore& convoso, state::ConvosoList which) {
  Json out = Json::array();
  convoso.withList(which, [&](const state::ConvosoRecordList& list) {
    list.forEach([&](const state::ConvosoRecord& record) {
      Json item = {{"phone_code", record.phoneCode},
                   {"phone_number", record.phoneNumber},
                   {"campaign_id", record.campaignId}};
      if (!record.reason.empty()) item["reason"] = record.reason;
      if (!record.purpose.empty()) item["purpose"] = record.purpose;
      item["insert_date"] = convoso::formatInsertDate(record.insertedAt);
      out.push_back(std::move(item));
    });
  });
  return out;
}

}  // namespace

void exportConvosoSeed(const StateSource& source, Json& seed) {
  Json convoso = {{"config", nlohmann::json(*source.convoso.config())}};
  if (auto smsOptOuts = records(source.convoso, state::ConvosoList::SmsOptOut);
      !smsOptOuts.empty()) {
    convoso["smsOptOuts"] = std::move(smsOptOuts);
  }
  if (auto dnc = records(source.convoso, state::ConvosoList::Dnc); !dnc.empty()) {
    convoso["dnc"] = std::move(dnc);
  }
  seed["convoso"] = std::move(convoso);
}

}  // namespace smsim::scenario
