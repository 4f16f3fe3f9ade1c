// The published JSON Schema (scenarios/scenario.schema.json) knows exactly the keys smsim reads,
// section by section, so editors neither flag valid files nor let typos through. The loader says
// which keys it knows when it meets an unknown one; Convoso's configuration says it through
// to_json.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "scenario/scenario.hpp"
#include "smsim/convoso_config.hpp"

namespace smsim::scenario {
namespace {

using Keys = std::set<std::string>;
constexpr std::string_view kExpectedPrefix = "expected one of: ";

const nlohmann::json& schema() {
  static const nlohmann::json loaded = [] {
    std::ifstream in(SMSIM_SCENARIO_SCHEMA);
    return nlohmann::json::parse(in);
  }();
  return loaded;
}

Keys schemaKeys(const std::string& pointer) {
  Keys keys;
  for (const auto& [key, value] :
       schema().at(nlohmann::json::json_pointer(pointer))["properties"].items()) {
    keys.insert(key);
  }
  return keys;
}

// The keys the loader lists when it meets the unknown key `zz` in `yaml`.
Keys loaderKeys(const std::string& yaml) {
  try {
    parseScenario(yaml, "keys.yaml");
  } catch (const ScenarioError& error) {
    EXPECT_EQ(error.id(), error_id::kUnknownKey) << error.what();
    const auto& message = error.message();
    const auto start = message.find(kExpectedPrefix);
    if (start == std::string::npos) return {};
    Keys keys;
    std::string rest = message.substr(start + kExpectedPrefix.size());
    for (std::size_t comma; (comma = rest.find(", ")) != std::string::npos;
         rest.erase(0, comma + 2)) {
      keys.insert(rest.substr(0, comma));
    }
    keys.insert(rest);
    return keys;
  }
  ADD_FAILURE() << "loaded:\n" << yaml;
  return {};
}

template <typename T>
Keys jsonKeys(const T& value) {
  const nlohmann::json json = value;
  Keys keys;
  for (const auto& [key, member] : json.items()) keys.insert(key);
  return keys;
}

struct Section {
  const char* yaml;             // with the unknown key zz in the section
  const char* pointer;          // the section in the schema
  Keys readOnlySometimes = {};  // keys the loader asks only in some cases (one of two forms)
};

TEST(SchemaKeys, EverySectionHasTheLoadersKeys) {
  const Section sections[] = {
      {"name: x\nzz: 1\n", ""},
      {"name: x\nrules: [{zz: 1}]\n", "/definitions/rule"},
      {"name: x\nrules: [{match: {zz: 1}}]\n", "/definitions/match"},
      {"name: x\nrules: [{respond: {zz: 1}}]\n", "/definitions/response"},
      {"name: x\nrules: [{respond: {error: {type: X, zz: 1}}}]\n",
       "/definitions/response/properties/error/oneOf/1"},
      {"name: x\nrules: [{respond: {convoso: {code: 1, zz: 1}}}]\n",
       "/definitions/response/properties/convoso"},
      {"name: x\nrules: [{delay: {type: fixed, ms: 1, zz: 1}}]\n", "/definitions/delay/oneOf/1"},
      {"name: x\nrules: [{delay: {type: uniform, minMs: 1, maxMs: 2, zz: 1}}]\n",
       "/definitions/delay/oneOf/2"},
      {"name: x\nrules: [{delay: {type: lognormal, medianMs: 1, sigma: 1, capMs: 2, zz: 1}}]\n",
       "/definitions/delay/oneOf/3"},
      {"name: x\nrules: [{rate: {limit: 1, zz: 1}}]\n", "/definitions/rule/properties/rate"},
      {"name: x\nsteps: [{advanceClock: 1, zz: 1}]\n",
       "/definitions/step",
       {"aws", "convoso", "inbound", "http"}},
      {"name: x\nsteps: [{advanceClock: {days: 1, zz: 1}}]\n",
       "/definitions/step/properties/advanceClock/oneOf/1"},
      {"name: x\nsteps: [{aws: {operation: X, zz: 1}}]\n", "/definitions/step/properties/aws"},
      {"name: x\nsteps: [{convoso: {path: x, zz: 1}}]\n", "/definitions/step/properties/convoso"},
      {"name: x\nsteps: [{http: {path: /, zz: 1}}]\n", "/definitions/step/properties/http"},
      {"name: x\nsteps: [{advanceClock: 1, expect: {zz: 1}}]\n", "/definitions/stepExpect"},
      {"name: x\nseed: {zz: 1}\n", "/definitions/seed"},
      {"name: x\nseed: {aws: {zz: 1}}\n", "/definitions/awsScope"},
      {"name: x\nseed: {aws: {optOutLists: [{name: A, zz: 1}]}}\n", "/definitions/optOutList"},
      {"name: x\nseed: {aws: {optOutLists: [{name: A, numbers: [{number: '+14155550100', zz: "
       "1}]}]}}\n",
       "/definitions/optedOutNumber/oneOf/1"},
      {"name: x\nseed: {aws: {optOutLists: [{name: A, numbers: [{from: '+14155550100', count: 1, "
       "zz: 1}]}]}}\n",
       "/definitions/optedOutNumber/oneOf/2"},
      {"name: x\nseed: {aws: {phoneNumbers: [{number: '+18005550100', zz: 1}]}}\n",
       "/definitions/seededPhoneNumber"},
      {"name: x\nseed: {aws: {phoneNumbers: [{number: '+18005550100', keywords: [{keyword: A, "
       "message: b, zz: 1}]}]}}\n",
       "/definitions/keyword"},
      {"name: x\nseed: {aws: {pools: [{phoneNumbers: ['+18005550100'], zz: 1}]}}\n",
       "/definitions/seededPool"},
      {"name: x\nseed: {convoso: {zz: 1}}\n", "/definitions/convosoSeed"},
      {"name: x\nseed: {convoso: {dnc: [{phone_number: '5551234567', zz: 1}]}}\n",
       "/definitions/convosoRecord",
       {"from", "count"}},
      {"name: x\nseed: {subscriptions: [{channelArn: a, endpoint: 'http://x', zz: 1}]}\n",
       "/definitions/seed/properties/subscriptions/items"},
      {"name: x\nexpect: [{calls: {}, zz: 1}]\n", "/definitions/expectation/oneOf/0"},
      {"name: x\nexpect: [{calls: {zz: 1}}]\n",
       "/definitions/expectation/oneOf/0/properties/calls"},
      {"name: x\nexpect: [{optedOut: {number: '+1', zz: 1}}]\n", "/definitions/listPlace"},
      {"name: x\nexpect: [{notOptedOut: {number: '+1', zz: 1}}]\n",
       "/definitions/expectation/oneOf/2/properties/notOptedOut"},
      {"name: x\nexpect: [{optOutList: {name: A, zz: 1}}]\n",
       "/definitions/expectation/oneOf/3/properties/optOutList"},
      {"name: x\nexpect: [{messages: {zz: 1}}]\n",
       "/definitions/expectation/oneOf/4/properties/messages"},
      {"name: x\nexpect: [{convosoRecords: {zz: 1}}]\n",
       "/definitions/expectation/oneOf/5/properties/convosoRecords"},
      {"name: x\nexpect: [{events: {}, zz: 1}]\n", "/definitions/expectation/oneOf/6"},
      {"name: x\nseed: {aws: {configurationSets: [{name: a, zz: 1}]}}\n",
       "/definitions/seededConfigurationSet"},
      {"name: x\nseed: {aws: {protectConfigurations: [{id: p, zz: 1}]}}\n",
       "/definitions/seededProtectConfiguration"},
      {"name: x\nseed: {aws: {protectConfigurations: [{id: p, numberOverrides: [{number: "
       "'+16045550100', action: BLOCK, zz: 1}]}]}}\n",
       "/definitions/seededProtectConfiguration/properties/numberOverrides/items"},
      {"name: x\nseed: {aws: {configurationSets: [{name: a, eventDestinations: [{name: d, "
       "matchingEventTypes: ALL, sns: {topicArn: 'arn:aws:sns:us-east-1:123456789012:t'}, zz: "
       "1}]}]}}\n",
       "/definitions/seededEventDestination",
       {"cloudWatchLogs", "firehose"}},
      {"name: x\nexpect: [{events: {zz: 1}}]\n",
       "/definitions/expectation/oneOf/6/properties/events"},
      {"name: x\nseed: {outcomes: [{destination: '+14255550100', events: [{type: TEXT_QUEUED}], "
       "zz: 1}]}\n",
       "/definitions/outcome"},
      {"name: x\nseed: {outcomes: [{destination: '+14255550100', events: [{type: TEXT_QUEUED, "
       "zz: 1}]}]}\n",
       "/definitions/outcome/properties/events/items"},
  };
  for (const auto& section : sections) {
    auto keys = loaderKeys(section.yaml);
    keys.insert(section.readOnlySometimes.begin(), section.readOnlySometimes.end());
    EXPECT_EQ(keys, schemaKeys(section.pointer)) << section.pointer << " for\n" << section.yaml;
  }
}

TEST(SchemaKeys, ConvosoConfigurationHasTheKeysOfItsJsonForm) {
  const std::string config = "/definitions/convosoSeed/properties/config";
  EXPECT_EQ(jsonKeys(ConvosoConfig{}), schemaKeys(config));
  EXPECT_EQ(jsonKeys(ConvosoLimits{}), schemaKeys(config + "/properties/limits"));
  EXPECT_EQ(jsonKeys(ConvosoToken{}), schemaKeys(config + "/properties/tokens/items/oneOf/1"));
  EXPECT_EQ(jsonKeys(ConvosoCampaign{}), schemaKeys(config + "/properties/campaigns/items"));
}

}  // namespace
}  // namespace smsim::scenario
