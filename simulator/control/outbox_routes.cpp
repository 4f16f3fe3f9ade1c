// GET/DELETE /_smsim/messages: the outbox of every message smsim "sent".
#include <cstdlib>
#include <string>

#include "common/json_text.hpp"
#include "control/control_response.hpp"
#include "control/control_routes.hpp"

namespace smsim::control {

namespace {

// {"messages": [...], "evicted": N}, written message by message rather than as one JSON tree.
template <typename Emit>
void writeMessages(const state::Outbox& outbox, const state::OutboxFilter& filter, Emit emit) {
  emit(R"({"messages":[)");
  bool first = true;
  for (const auto& message : outbox.list(filter)) {
    if (!first) emit(",");
    first = false;
    emit(safeDump(nlohmann::json(message)));
  }
  emit(R"(],"evicted":)" + std::to_string(outbox.evicted()) + "}");
}

}  // namespace

void registerOutboxRoutes(ControlRouter& http, ControlContext& context) {
  http.Get("/_smsim/messages",
           [&context](const httplib::Request& request, httplib::Response& response) {
             state::OutboxFilter filter;
             filter.destination = phoneNumberParam(request, "destination");
             filter.origination = phoneNumberParam(request, "origination");
             filter.accountId = queryParam(request, "account");
             if (auto since = queryParam(request, "since")) {
               char* end = nullptr;
               const double value = std::strtod(since->c_str(), &end);
               if (since->empty() || *end != '\0') {
                 replyError(response, 400, "InvalidRequest",
                            "since must be a time in epoch seconds, e.g. since=1795426151.5");
                 return;
               }
               filter.since = value;
             }
             replyJsonStream(response, [&outbox = context.store.outbox(), filter](auto emit) {
               writeMessages(outbox, filter, emit);
             });
           })
      .accepts({"destination", "origination", "account", "since"});

  http.Delete("/_smsim/messages", [&context](const httplib::Request&, httplib::Response& response) {
    context.store.outbox().clear();
    replyJson(response, {{"cleared", true}});
  });
}

}  // namespace smsim::control
