#include "control/control_routes.hpp"

#include <chrono>
#include <cmath>
#include <string>

#include "common/json_text.hpp"
#include "control/control_response.hpp"
#include "control/journal_query.hpp"
#include "control/openapi_document.hpp"
#include "control/scenario_routes.hpp"
#include "smsim/server.hpp"

namespace smsim::control {

namespace {

constexpr double kMaxAdvanceSeconds = std::chrono::duration<double>(Clock::kMaxOffset).count();

void health(const httplib::Request&, httplib::Response& response) {
  replyJson(response, {{"status", "ok"}, {"version", version()}});
}

void openApi(const httplib::Request&, httplib::Response& response) {
  static const auto document = [] {
    auto parsed = nlohmann::ordered_json::parse(openApiDocument());
    parsed["info"]["version"] = version();
    return safeDump(parsed);
  }();
  response.status = http_status::kOk;
  response.set_content(document, "application/json");
}

nlohmann::json clockJson(const Clock& clock) {
  return {{"now", clock.nowEpochSeconds()},
          {"offsetSeconds", std::chrono::duration<double>(clock.offset()).count()}};
}

// {"requests": [...], "evicted": N}, written entry by entry as the journal is walked; a page cut
// short by `limit` also has "next", the `since` of the page after it.
template <typename Emit>
void writeRequests(const state::Journal& journal, const state::JournalFilter& filter, Emit emit) {
  emit(R"({"requests":[)");
  std::size_t count = 0;
  std::uint64_t last = 0;
  journal.forEach(filter, [&](const state::JournalEntry& entry) {
    if (count++ > 0) emit(",");
    last = entry.sequence;
    emit(safeDump(nlohmann::json(entry)));
  });
  emit(R"(],"evicted":)" + std::to_string(journal.evicted()));
  if (filter.limit && count == *filter.limit) emit(R"(,"next":)" + std::to_string(last));
  emit("}");
}

}  // namespace

void registerControlRoutes(ControlRouter& http, ControlContext& context) {
  http.Get("/_smsim/health", health);
  http.Get("/_smsim/openapi.json", openApi);
  registerScenarioRoutes(http, context);
  registerOutboxRoutes(http, context);
  registerInboundRoutes(http, context);
  registerStateRoutes(http, context);
  registerEventRoutes(http, context);
  registerAccountRoutes(http, context);
  registerConvosoRoutes(http, context);
  registerSnsRoutes(http, context);
  registerDashboardRoutes(http);

  // No body: `curl -X POST .../_smsim/reset` is the whole call.
  http.Post("/_smsim/reset", [&context](const httplib::Request&, httplib::Response& response) {
    context.reset();
    replyJson(response, {{"reset", true}});
  });

  http.Get("/_smsim/requests",
           [&context](const httplib::Request& request, httplib::Response& response) {
             auto query = readJournalQuery(request);
             if (const auto* error = std::get_if<std::string>(&query)) {
               replyError(response, http_status::kBadRequest, kInvalidRequest, *error);
               return;
             }
             replyJsonStream(response, [&journal = context.journal,
                                        filter = std::get<state::JournalFilter>(query)](auto emit) {
               writeRequests(journal, filter, emit);
             });
           })
      .accepts(journalQueryParameters());

  http.Delete("/_smsim/requests", [&context](const httplib::Request&, httplib::Response& response) {
    context.journal.clear();
    replyJson(response, {{"cleared", true}});
  });

  http.Get("/_smsim/clock", [&context](const httplib::Request&, httplib::Response& response) {
    replyJson(response, clockJson(context.clock));
  });

  http.Post("/_smsim/clock", [&context](const httplib::Request& request,
                                        httplib::Response& response) {
    auto body = readJsonObject(request, response);
    if (!body) return;
    const auto advance = body->find("advanceSeconds");
    if (advance == body->end() || !advance->is_number() || !std::isfinite(advance->get<double>()) ||
        advance->get<double>() < 0 || advance->get<double>() > kMaxAdvanceSeconds) {
      replyError(response, 400, "InvalidRequest",
                 "advanceSeconds must be a number of seconds from 0 to 3153600000 (100 years).");
      return;
    }
    const auto by = std::chrono::milliseconds(std::llround(advance->get<double>() * 1000));
    if (!context.clock.advance(by)) {
      replyError(response, 400, "InvalidRequest",
                 "The clock can be at most 3153600000 seconds (100 years) ahead of real time; it "
                 "is already " +
                     std::to_string(
                         std::chrono::duration_cast<std::chrono::seconds>(context.clock.offset())
                             .count()) +
                     " seconds ahead.");
      return;
    }
    context.emitDueEvents();  // what the new time makes due goes out before the answer
    replyJson(response, clockJson(context.clock));
  });
}

}  // namespace smsim::control
