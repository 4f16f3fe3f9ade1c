#include "control/scenario_routes.hpp"

#include <exception>
#include <functional>

#include "common/http_status.hpp"
#include "control/control_response.hpp"
#include "scenario/number_states.hpp"
#include "scenario/scenario.hpp"
#include "scenario/verification.hpp"

namespace smsim::control {

namespace {

constexpr const char* kRequestFileName = "<request>";
constexpr const char* kJunitContentType = "application/xml";
// A state set by hand is a name, as a rule's `state` is; a longer one is a mistake.
constexpr std::size_t kMaxStateBytes = 256;

// Every scenario route answers what it can't do as a JSON 400: a ScenarioError with its
// position, anything else thrown while reading the client's document or body with its message.
// Never cpp-httplib's bare 500.
HandlerWithParameters guarded(HandlerWithParameters handler) {
  return
      [handler = std::move(handler)](const httplib::Request& request, httplib::Response& response,
                                     const PathParameters& parameters) {
        try {
          handler(request, response, parameters);
        } catch (const scenario::ScenarioError& error) {
          replyJson(response, error, http_status::kBadRequest);
        } catch (const std::exception& error) {
          replyError(response, http_status::kBadRequest, kInvalidRequest,
                     std::string("The request could not be handled: ") + error.what());
        }
      };
}

void replyNoScenario(httplib::Response& response, const std::string& name) {
  replyError(response, http_status::kNotFound, "ScenarioNotFound",
             "No scenario named '" + name + "' is loaded.");
}

void loadScenario(ControlContext& context, const httplib::Request& request,
                  httplib::Response& response) {
  std::shared_ptr<const scenario::Scenario> loaded;
  try {
    loaded = std::make_shared<const scenario::Scenario>(
        scenario::parseScenario(request.body, kRequestFileName));
  } catch (const scenario::ScenarioError& error) {
    replyJson(response, error, http_status::kBadRequest);
    return;
  }
  const bool replaced = context.scenarios.find(loaded->name) != nullptr;
  context.loadScenario(loaded);
  replyJson(response,
            {{"name", loaded->name},
             {"replaced", replaced},
             {"rules", loaded->rules.size()},
             {"steps", loaded->steps.size()},
             {"expectations", loaded->expectations.size()}},
            http_status::kCreated);
}

void setScenarioState(ControlContext& context, const std::string& name,
                      const httplib::Request& request, httplib::Response& response) {
  auto body = readJsonObject(request, response);
  if (!body) return;
  const auto newState = body->find("state");
  const auto phoneNumber = body->find("phoneNumber");
  const bool valid = newState != body->end() && newState->is_string() &&
                     !newState->get<std::string>().empty() &&
                     newState->get<std::string>().size() <= kMaxStateBytes &&
                     (phoneNumber == body->end() ||
                      (phoneNumber->is_string() &&
                       scenario::NumberStates::keeps(phoneNumber->get_ref<const std::string&>())));
  if (!valid) {
    replyError(response, http_status::kBadRequest, kInvalidRequest,
               "The body is {\"state\": \"...\"} (up to " + std::to_string(kMaxStateBytes) +
                   " bytes), optionally with \"phoneNumber\": \"+1...\" (up to " +
                   std::to_string(scenario::NumberStates::kMaxNumberBytes) + " bytes).");
    return;
  }
  std::optional<std::string> number;
  if (phoneNumber != body->end()) number = phoneNumber->get<std::string>();
  if (!context.scenarios.setState(name, newState->get<std::string>(), number)) {
    replyNoScenario(response, name);
    return;
  }
  replyJson(response, {{"name", name},
                       {"state", *newState},
                       {"phoneNumber", number ? nlohmann::json(*number) : nlohmann::json()}});
}

// Expectations to verify: the body's own `expect` list when it has one, else the loaded
// scenarios' (all, or the one named by ?scenario=).
std::optional<std::vector<scenario::ScenarioReport>> verify(ControlContext& context,
                                                            const httplib::Request& request,
                                                            httplib::Response& response) {
  context.emitDueEvents();  // `events` expectations see what the simulated clock made due
  std::vector<scenario::ScenarioReport> reports;
  if (!request.body.empty()) {
    try {
      scenario::Scenario adHoc;
      adHoc.name = "request";
      adHoc.file = kRequestFileName;
      adHoc.expectations = scenario::parseExpectations(request.body, kRequestFileName);
      reports.push_back(scenario::verifyScenario(adHoc, context.expectations));
    } catch (const scenario::ScenarioError& error) {
      replyJson(response, error, http_status::kBadRequest);
      return std::nullopt;
    }
    return reports;
  }
  const auto only = request.has_param("scenario") ? request.get_param_value("scenario") : "";
  for (const auto& loaded : context.scenarios.scenarios()) {
    if (!only.empty() && loaded->name != only) continue;
    reports.push_back(scenario::verifyScenario(*loaded, context.expectations));
  }
  if (!only.empty() && reports.empty()) {
    replyNoScenario(response, only);
    return std::nullopt;
  }
  return reports;
}

}  // namespace

void registerScenarioRoutes(ControlRouter& http, ControlContext& context) {
  http.Post(
      "/_smsim/scenarios",
      guarded([&context](const httplib::Request& request, httplib::Response& response,
                         const PathParameters&) { loadScenario(context, request, response); }));

  http.Get("/_smsim/scenarios",
           guarded([&context](const httplib::Request&, httplib::Response& response,
                              const PathParameters&) {
             replyJson(response,
                       {{"scenarios", context.scenarios.describe()},
                        {"phoneNumberStateCapacity", context.scenarios.numberStateCapacity()}});
           }));

  http.Delete("/_smsim/scenarios/:name",
              guarded([&context](const httplib::Request&, httplib::Response& response,
                                 const PathParameters& parameters) {
                const auto& name = parameters.at(0);
                if (!context.scenarios.remove(name)) {
                  replyNoScenario(response, name);
                  return;
                }
                replyJson(response, {{"deleted", name}});
              }));

  http.Put("/_smsim/scenarios/:name/state",
           guarded([&context](const httplib::Request& request, httplib::Response& response,
                              const PathParameters& parameters) {
             setScenarioState(context, parameters.at(0), request, response);
           }));

  // No body: every loaded scenario's expectations (or `?scenario=NAME`'s).
  http.Post("/_smsim/verify",
            guarded([&context](const httplib::Request& request, httplib::Response& response,
                               const PathParameters&) {
              const auto format = queryParam(request, "format").value_or("json");
              if (format != "json" && format != "junit") {
                replyError(response, http_status::kBadRequest, kInvalidRequest,
                           "format must be json or junit.");
                return;
              }
              const auto reports = verify(context, request, response);
              if (!reports) return;
              if (format == "junit") {
                response.status = 200;
                response.set_content(scenario::junitXml(*reports), kJunitContentType);
                return;
              }
              replyJson(response, scenario::reportsJson(*reports));
            }))
      .accepts({"scenario", "format"});
}

}  // namespace smsim::control
