// The `sns` of a `seed.aws` scope: what Amazon SNS keeps beside the opt-out lists, for now the
// account's SMS attributes (SetSMSAttributes). Each one is checked by SetSMSAttributes itself,
// run on a scratch store, so a seed accepts exactly what the API accepts.
#include "scenario/seed_aws.hpp"
#include "services/sns/operations.hpp"
#include "services/sns/sns_error.hpp"

namespace smsim::scenario {

namespace {

void checkWithTheService(const YamlValue& at, const std::string& name, const std::string& value) {
  Clock clock;
  state::Store scratch(clock, 1);
  sns::CallContext call{{"000000000000", "us-east-1"}, scratch, clock};
  try {
    sns::setSmsAttributes(call, {{{name, value}}});
  } catch (const sns::SnsError& error) {
    at.fail(error_id::kInvalidValue, error.what());
  }
}

}  // namespace

void readSnsSeed(YamlMap& scope, AwsScopeSeed& seed) {
  auto sns = scope.get("sns");
  if (!sns) return;
  auto map = sns->map();
  if (auto attributes = map.get("smsAttributes")) {
    for (auto& [name, value] : attributes->map().entries()) {
      auto text = value.string();
      checkWithTheService(value, name, text);
      seed.snsSmsAttributes.insert_or_assign(name, std::move(text));
    }
  }
  map.rejectUnknownKeys();
}

}  // namespace smsim::scenario
