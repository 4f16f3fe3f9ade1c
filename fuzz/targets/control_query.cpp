// Fuzzes the control API's query strings without sockets: the bytes are a query string, parsed by
// cpp-httplib as the server parses it, then checked by a route's declared parameters and read as
// GET /_smsim/requests reads it (a journal filter, or the message of a 400), the filter walked
// over a small journal, and the phone numbers read as GET /_smsim/messages reads them.
#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>

#include "control/control_response.hpp"
#include "control/control_router.hpp"
#include "control/journal_query.hpp"
#include "state/journal.hpp"

namespace {

constexpr int kStatusOk = 200;
constexpr int kStatusBadRequest = 400;

constexpr int kJournalEntries = 8;

const smsim::state::Journal& smallJournal() {
  static const auto* journal = [] {
    auto* filled = new smsim::state::Journal(kJournalEntries);
    for (int i = 0; i < kJournalEntries; ++i) {
      smsim::state::JournalEntry entry;
      entry.api = i % 2 == 0 ? "aws" : "convoso";
      entry.operation = "Op" + std::to_string(i % 3);
      entry.status = i % 4 == 0 ? kStatusBadRequest : kStatusOk;
      entry.accountId = "123456789012";
      entry.region = "us-east-1";
      filled->record(entry);
    }
    return filled;
  }();
  return *journal;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  httplib::Request request;
  request.method = "GET";
  httplib::detail::parse_query_text(std::string(reinterpret_cast<const char*>(data), size),
                                    request.params);

  smsim::control::ControlRouter router;
  bool served = false;
  router
      .Get("/_smsim/requests",
           [&served](const httplib::Request&, httplib::Response& response) {
             served = true;
             response.status = kStatusOk;
           })
      .accepts(smsim::control::journalQueryParameters());
  smsim::control::PathParameters path;
  httplib::Response response;
  router.find("GET", "/_smsim/requests", path)->serve(request, response, path);
  if (!served) {
    const auto error = nlohmann::json::parse(response.body);
    if (response.status != kStatusBadRequest || !error.at("message").is_string()) std::abort();
  }

  const auto query = smsim::control::readJournalQuery(request);
  if (const auto* filter = std::get_if<smsim::state::JournalFilter>(&query)) {
    std::size_t visited = 0;
    smallJournal().forEach(*filter, [&visited](const smsim::state::JournalEntry&) { ++visited; });
    if (filter->limit && visited > *filter->limit) std::abort();
  } else if (std::get<std::string>(query).empty()) {
    std::abort();  // a 400 must say what is wrong
  }

  const auto destination = smsim::control::phoneNumberParam(request, "destination");
  if (destination && destination->starts_with(' ')) std::abort();
  return 0;
}
