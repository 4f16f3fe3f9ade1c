#include "scenario/rule_reader.hpp"

#include <set>
#include <stdexcept>

#include "model/validator.hpp"

namespace smsim::scenario {

namespace {

constexpr std::int64_t kMaxCount = INT64_MAX;
constexpr double kMaxWindowSeconds = 365.0 * 24 * 3600;

std::string readApi(const YamlValue& value) {
  auto api = value.string();
  if (api != api_name::kAws && api != api_name::kConvoso && api != api_name::kSns) {
    value.fail(error_id::kInvalidValue, "api is 'aws', 'sns' or 'convoso', got '" + api + "'");
  }
  return api;
}

// AWS operation names are checked against the service model (SNS's for `api: sns`), so a typo
// fails at load time.
std::vector<std::string> readOperations(const YamlValue& value,
                                        const std::optional<std::string>& api) {
  auto operations = value.strings();
  for (const auto& operation : operations) {
    const bool looksLikeConvoso = operation.find('/') != std::string::npos;
    if (api == api_name::kSns) {
      if (model::snsModel().findOperation(operation) == nullptr) {
        value.fail(error_id::kInvalidValue, "'" + operation + "' is not an action of sns");
      }
      continue;
    }
    if ((api == api_name::kAws || (!api && !looksLikeConvoso)) &&
        !model::isKnownOperation(operation)) {
      value.fail(error_id::kInvalidValue,
                 "'" + operation + "' is not an operation of pinpoint-sms-voice-v2");
    }
  }
  return operations;
}

std::vector<std::pair<std::string, TextMatcher>> readHeaderMatchers(const YamlValue& value) {
  std::vector<std::pair<std::string, TextMatcher>> headers;
  auto map = value.map();
  for (auto& [name, matcher] : map.entries()) headers.emplace_back(name, readTextMatcher(matcher));
  return headers;
}

AwsErrorResponse readAwsError(const YamlValue& value) {
  AwsErrorResponse error;
  if (value.isScalar()) {
    error.type = value.string();
  } else {
    auto map = value.map();
    error.type = map.require("type").string();
    if (auto message = map.get("message")) error.message = message->string();
    if (auto members = map.get("members")) {
      error.members = members->json();
      if (!error.members.is_object()) members->fail(error_id::kInvalidValue, "expected a mapping");
    }
    map.rejectUnknownKeys();
  }
  if (error.type.empty()) value.fail(error_id::kInvalidValue, "the error type is empty");
  return error;
}

ConvosoErrorResponse readConvosoError(const YamlValue& value) {
  auto map = value.map();
  ConvosoErrorResponse error;
  error.code = static_cast<int>(map.require("code").integer(0, 99999));
  if (auto text = map.get("text")) error.text = text->string();
  map.rejectUnknownKeys();
  return error;
}

int readRuleStatus(const YamlValue& value) {
  const auto status = static_cast<int>(value.integer(kMinRuleStatus, kMaxRuleStatus));
  if (status == kNoContentStatus || status == kNotModifiedStatus) {
    value.fail(error_id::kInvalidValue, std::to_string(status) +
                                            " answers carry no body; a rule's status is 200 to 599 "
                                            "but 204 and 304");
  }
  return status;
}

RuleResponse readResponse(const YamlValue& value) {
  auto map = value.map();
  RuleResponse response;
  int kinds = 0;
  if (auto error = map.get("error")) {
    response.awsError = readAwsError(*error);
    ++kinds;
  }
  if (auto convoso = map.get("convoso")) {
    response.convosoError = readConvosoError(*convoso);
    ++kinds;
  }
  if (auto body = map.get("body")) {
    response.body = body->json();
    ++kinds;
  }
  if (kinds > 1) value.fail(error_id::kInvalidValue, "use one of error, convoso and body");
  if (auto status = map.get("status")) response.status = readRuleStatus(*status);
  if (auto headers = map.get("headers")) {
    auto headerMap = headers->map();
    for (auto& [name, text] : headerMap.entries())
      response.headers.emplace_back(name, text.string());
  }
  map.rejectUnknownKeys();
  if (kinds == 0 && !response.status) {
    value.fail(error_id::kMissingKey, "needs one of: error, convoso, body, status");
  }
  return response;
}

DelaySpec readDelay(const YamlValue& value) {
  DelaySpec delay;
  if (value.isScalar()) {
    delay.fixedMs = value.number(0, kMaxDelayMs);
    return delay;
  }
  auto map = value.map();
  const auto typeValue = map.require("type");
  const auto type = typeValue.string();
  if (type == "fixed") {
    delay.fixedMs = map.require("ms").number(0, kMaxDelayMs);
  } else if (type == "uniform") {
    delay.kind = DelaySpec::Kind::Uniform;
    delay.minMs = map.require("minMs").number(0, kMaxDelayMs);
    const auto max = map.require("maxMs");
    delay.maxMs = max.number(0, kMaxDelayMs);
    if (delay.maxMs < delay.minMs) max.fail(error_id::kInvalidValue, "maxMs is below minMs");
  } else if (type == "lognormal") {
    delay.kind = DelaySpec::Kind::Lognormal;
    delay.medianMs = map.require("medianMs").number(0.001, kMaxDelayMs);
    delay.sigma = map.require("sigma").number(0, 10);
    delay.capMs = map.require("capMs").number(0, kMaxDelayMs);
  } else {
    typeValue.fail(error_id::kInvalidValue,
                   "a delay type is fixed, uniform or lognormal, got '" + type + "'");
  }
  map.rejectUnknownKeys();
  return delay;
}

RateLimit readRate(const YamlValue& value) {
  auto map = value.map();
  RateLimit rate;
  rate.limit = static_cast<std::uint64_t>(map.require("limit").integer(1, kMaxCount));
  rate.windowSeconds =
      map.get("windowSeconds") ? map.get("windowSeconds")->number(0.001, kMaxWindowSeconds) : 1.0;
  map.rejectUnknownKeys();
  return rate;
}

std::uint64_t readCount(const YamlValue& value, std::int64_t min) {
  return static_cast<std::uint64_t>(value.integer(min, kMaxCount));
}

Rule readRule(const YamlValue& value, std::size_t index) {
  auto map = value.map();
  Rule rule;
  rule.position = value.position();
  rule.name = map.get("name") ? map.get("name")->string() : "rule-" + std::to_string(index + 1);
  if (auto match = map.get("match")) {
    auto matchMap = match->map();
    readCallMatch(matchMap, rule.match, /*withHeaders=*/true);
    matchMap.rejectUnknownKeys();
  }
  if (auto respond = map.get("respond")) rule.respond = readResponse(*respond);
  if (auto delay = map.get("delay")) rule.delay = readDelay(*delay);
  if (auto fault = map.get("fault")) {
    rule.fault = faultFromName(fault->string());
    if (!rule.fault) {
      fault->fail(error_id::kInvalidValue,
                  "a fault is connectionReset, emptyResponse, malformedResponse or "
                  "truncatedResponse");
    }
    if (rule.respond)
      fault->fail(error_id::kInvalidValue, "a rule has a fault or a respond, not both");
  }
  if (auto times = map.get("times")) rule.times = readCount(*times, 1);
  if (auto after = map.get("after")) rule.after = readCount(*after, 0);
  if (auto every = map.get("every")) rule.every = readCount(*every, 1);
  if (auto probability = map.get("probability")) rule.probability = probability->number(0, 1);
  if (auto seed = map.get("randomSeed")) rule.randomSeed = readCount(*seed, 0);
  if (auto rate = map.get("rate")) rule.rate = readRate(*rate);
  if (auto state = map.get("state")) rule.state = state->string();
  if (auto nextState = map.get("nextState")) rule.nextState = nextState->string();
  if (auto statePer = map.get("statePer")) {
    const auto scope = statePer->string();
    if (scope == "phoneNumber") {
      rule.stateScope = StateScope::PhoneNumber;
    } else if (scope != "scenario") {
      statePer->fail(error_id::kInvalidValue, "statePer is 'scenario' or 'phoneNumber'");
    }
  }
  map.rejectUnknownKeys();
  return rule;
}

}  // namespace

TextMatcher readTextMatcher(const YamlValue& value) {
  TextMatcher matcher;
  if (value.isScalar()) {
    matcher.text = value.string();
    return matcher;
  }
  auto map = value.map();
  const auto kind = map.exactlyOneOf({"equals", "contains", "matches", "present", "absent"});
  const auto operand = map.require(kind);
  if (kind == "present" || kind == "absent") {
    if (!operand.boolean()) operand.fail(error_id::kInvalidValue, "only true is meaningful here");
    matcher.kind = kind == "present" ? TextMatcher::Kind::Present : TextMatcher::Kind::Absent;
  } else {
    matcher.text = operand.string();
    if (kind == "contains") matcher.kind = TextMatcher::Kind::Contains;
    if (kind == "matches") {
      matcher.kind = TextMatcher::Kind::Matches;
      try {
        matcher.pattern = std::make_shared<const TextPattern>(matcher.text);
      } catch (const std::invalid_argument& error) {
        operand.fail(error_id::kInvalidValue,
                     std::string("not a regular expression: ") + error.what());
      }
    }
  }
  map.rejectUnknownKeys();
  return matcher;
}

void readCallMatch(YamlMap& map, RuleMatch& match, bool withHeaders) {
  if (auto api = map.get("api")) match.api = readApi(*api);
  if (auto operation = map.get("operation"))
    match.operations = readOperations(*operation, match.api);
  if (auto path = map.get("path")) match.path = readTextMatcher(*path);
  if (auto account = map.get("account")) match.account = account->string();
  if (auto region = map.get("region")) match.region = region->string();
  if (auto request = map.get("request")) {
    match.request = request->json();
    if (!match.request.is_object()) request->fail(error_id::kInvalidValue, "expected a mapping");
  }
  if (withHeaders) {
    if (auto headers = map.get("headers")) match.headers = readHeaderMatchers(*headers);
  }
}

std::vector<Rule> readRules(const YamlValue& value) {
  std::vector<Rule> rules;
  std::set<std::string> names;
  const auto items = value.items();
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto rule = readRule(items[i], i);
    if (!names.insert(rule.name).second) {
      items[i].fail(error_id::kInvalidValue, "another rule is already named '" + rule.name + "'");
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

}  // namespace smsim::scenario
