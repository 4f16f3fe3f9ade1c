// GET /_smsim/convoso: both Convoso lists (SMS opt-out and DNC) as smsim holds them, a page of
// each in id order with its total, without an auth token (the control API is not Convoso's).
#include <charconv>

#include "control/control_response.hpp"
#include "control/control_routes.hpp"

namespace smsim::control {

namespace {

constexpr std::size_t kDefaultRecordLimit = 100;
constexpr std::size_t kMaxRecordLimit = 10000;

std::optional<std::size_t> count(const httplib::Request& request, const char* name,
                                 std::size_t fallback, std::size_t lowest, std::size_t highest) {
  const auto text = queryParam(request, name);
  if (!text) return fallback;
  std::size_t value = 0;
  const auto* end = text->data() + text->size();
  const auto [stop, error] = std::from_chars(text->data(), end, value);
  if (text->empty() || error != std::errc() || stop != end || value < lowest || value > highest) {
    return std::nullopt;
  }
  return value;
}

nlohmann::json pageJson(state::ConvosoStore& convoso, state::ConvosoList list,
                        const state::RecordQuery& query) {
  const auto page = convoso.withList(
      list, [&](const state::ConvosoRecordList& records) { return records.search(query); });
  auto records = nlohmann::json::array();
  for (const auto& record : page.records) {
    records.push_back({{"id", record.id},
                       {"phoneCode", record.phoneCode},
                       {"phoneNumber", record.phoneNumber},
                       {"campaignId", record.campaignId},
                       {"campaignName", record.campaignName},
                       {"reason", record.reason},
                       {"purpose", record.purpose},
                       {"insertedAt", record.insertedAt}});
  }
  return {{"total", page.total}, {"records", records}};
}

}  // namespace

void registerConvosoRoutes(ControlRouter& http, ControlContext& context) {
  http.Get("/_smsim/convoso",
           [&context](const httplib::Request& request, httplib::Response& response) {
             const auto limit = count(request, "limit", kDefaultRecordLimit, 1, kMaxRecordLimit);
             const auto offset = count(request, "offset", 0, 0, SIZE_MAX);
             if (!limit || !offset) {
               replyError(response, http_status::kBadRequest, kInvalidRequest,
                          "limit must be a whole number from 1 to " +
                              std::to_string(kMaxRecordLimit) + ", offset a whole number from 0.");
               return;
             }
             state::RecordQuery query;
             query.phoneNumber = queryParam(request, "phoneNumber");
             query.limit = *limit;
             query.offset = *offset;
             auto& convoso = context.expectations.convoso;
             replyJson(response,
                       {{"smsOptOut", pageJson(convoso, state::ConvosoList::SmsOptOut, query)},
                        {"dnc", pageJson(convoso, state::ConvosoList::Dnc, query)}});
           })
      .accepts({"phoneNumber", "limit", "offset"});
}

}  // namespace smsim::control
