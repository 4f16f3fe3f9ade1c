// `convosoRecords`: entries on Convoso's SMS opt-out or DNC list at the end, e.g. "5551234567 is
// opted out of campaign 0".
#include <limits>

#include "scenario/expectation.hpp"

namespace smsim::scenario {

namespace {

class ConvosoRecordsExpectation : public Expectation {
 public:
  state::ConvosoList list = state::ConvosoList::SmsOptOut;
  state::RecordQuery query;
  CountExpectation count;

  ExpectationResult evaluate(const ExpectationSource& source) const override {
    const auto total = source.convoso.withList(
        list, [&](state::ConvosoRecordList& records) { return records.search(query).total; });
    return {count.accepts(total),
            std::to_string(total) + (total == 1 ? " entry" : " entries") + " found"};
  }
};

}  // namespace

std::shared_ptr<Expectation> readConvosoRecordsExpectation(YamlMap& item) {
  auto expectation = std::make_shared<ConvosoRecordsExpectation>();
  auto fields = item.require("convosoRecords").map();
  std::string listName = "sms-opt-out";
  if (auto list = fields.get("list")) {
    listName = list->string();
    if (listName == "dnc") {
      expectation->list = state::ConvosoList::Dnc;
    } else if (listName != "sms-opt-out") {
      list->fail(error_id::kInvalidValue, "list is sms-opt-out or dnc");
    }
  }
  auto& query = expectation->query;
  std::string text = listName + " entries";
  if (auto value = fields.get("phone_number")) {
    query.phoneNumber = value->string();
    text += " for " + *query.phoneNumber;
  }
  if (auto value = fields.get("phone_code")) query.phoneCode = value->string();
  if (auto value = fields.get("campaign_id")) {
    query.campaignId = value->integer(-1, INT64_MAX);
    text += " in campaign " + std::to_string(*query.campaignId);
  }
  if (auto value = fields.get("reason")) {
    query.reason = {state::TextFilter::Match::Equals, value->string()};
  }
  if (auto value = fields.get("purpose")) {
    query.purpose = {state::TextFilter::Match::Equals, value->string()};
  }
  fields.rejectUnknownKeys();
  query.limit = 1;  // only the total is read
  expectation->count = readCountExpectation(item);
  expectation->name = text + ": " + expectation->count.describe("entry", "entries");
  return expectation;
}

}  // namespace smsim::scenario
