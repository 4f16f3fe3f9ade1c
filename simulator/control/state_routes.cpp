// GET /_smsim/state (the state as a scenario whose seed recreates it, JSON or YAML) and POST
// /_smsim/state/save (write it to --state-file now).
#include <array>
#include <string_view>

#include "control/control_response.hpp"
#include "control/control_routes.hpp"
#include "scenario/state_export.hpp"

namespace smsim::control {

namespace {

constexpr std::string_view kJsonFormat = "json";
constexpr std::string_view kScenarioFormat = "scenario";
constexpr std::array<std::string_view, 2> kFormats = {kJsonFormat, kScenarioFormat};

void getState(ControlContext& context, const httplib::Request& request,
              httplib::Response& response) {
  const auto format = queryParam(request, "format").value_or(std::string(kJsonFormat));
  if (format == kScenarioFormat) {
    response.status = http_status::kOk;
    response.set_content(scenario::toYaml(context.exportState()), "application/yaml");
  } else if (format == kJsonFormat) {
    response.status = http_status::kOk;
    response.set_content(safeDump(context.exportState()), "application/json");
  } else {
    replyError(response, http_status::kBadRequest, kInvalidRequest,
               "Unknown format '" + format + "'; it is one of " + joinedNames(kFormats) + ".");
  }
}

void saveState(ControlContext& context, httplib::Response& response) {
  if (context.stateFile.empty()) {
    replyError(response, http_status::kConflict, "NoStateFile",
               "smsim was started without --state-file (SMSIM_STATE_FILE); there is nowhere to "
               "save the state.");
    return;
  }
  try {
    context.saveState();
  } catch (const std::exception& error) {
    replyError(response, http_status::kInternalServerError, "StateFileError", error.what());
    return;
  }
  replyJson(response, {{"saved", true}, {"path", context.stateFile}});
}

}  // namespace

void registerStateRoutes(ControlRouter& http, ControlContext& context) {
  http.Get("/_smsim/state",
           [&context](const httplib::Request& request, httplib::Response& response) {
             getState(context, request, response);
           })
      .accepts({"format"});
  http.Post("/_smsim/state/save", [&context](const httplib::Request&, httplib::Response& response) {
    saveState(context, response);
  });
}

}  // namespace smsim::control
