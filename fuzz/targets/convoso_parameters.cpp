// Fuzzes the Convoso wire path without sockets: the first byte picks one of the seven endpoints,
// the rest is a query string and a url-encoded form body (split at the first newline), parsed by
// cpp-httplib as the server parses them, merged, and served by the adapter on a fresh store.
// Every answer and the journal's view of the request must be JSON, whatever the bytes.
#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/json_text.hpp"
#include "protocols/convoso/convoso_adapter.hpp"
#include "state/convoso_store.hpp"

namespace {

constexpr int kStatusOk = 200;
constexpr int kStatusForbidden = 403;

// cpp-httplib's order: query parameters first, then form fields, each in the order sent.
std::vector<std::pair<std::string, std::string>> parsedInOrder(std::string_view query,
                                                               std::string_view body) {
  std::vector<std::pair<std::string, std::string>> inOrder;
  for (const auto text : {query, body}) {
    httplib::Params params;
    httplib::detail::parse_query_text(std::string(text), params);
    inOrder.insert(inOrder.end(), params.begin(), params.end());
  }
  return inOrder;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto& endpoint =
      smsim::convoso::kConvosoEndpoints[data[0] % smsim::convoso::kConvosoEndpoints.size()];
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  const auto newline = input.find('\n');
  const auto query = input.substr(0, newline);
  const auto body =
      newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

  const auto parameters = smsim::convoso::mergeParameters(parsedInOrder(query, body));
  static const smsim::Clock clock;
  smsim::state::ConvosoStore store;
  const auto config = store.config();
  const smsim::convoso::ConvosoAdapter adapter({*config, store, clock});
  const auto response = adapter.handle(endpoint, parameters);

  if (!nlohmann::json::accept(response.bodyText())) __builtin_trap();
  if (response.status < kStatusOk || response.status > kStatusForbidden) __builtin_trap();
  const auto journaled = smsim::safeDump(smsim::convoso::parametersJson(parameters));
  if (!nlohmann::json::accept(journaled)) __builtin_trap();
  return 0;
}
