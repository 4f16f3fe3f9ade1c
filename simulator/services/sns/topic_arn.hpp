#pragma once
// SNS topic ARNs (arn:aws:sns:<region>:<account>:<name>): making one, and finding the topic an
// ARN names the way SNS refuses the others: malformed or another region's -> InvalidParameter,
// another account's -> AuthorizationError, none such -> NotFound.
#include <optional>
#include <string>
#include <string_view>

#include "state/account_scope.hpp"
#include "state/account_state.hpp"

namespace smsim::sns {

std::string topicArn(const state::AccountScope& scope, std::string_view name);

// The account and region an ARN names; nullopt when it is no SNS ARN.
std::optional<state::AccountScope> scopeOfArn(std::string_view arn);

// The caller's topic `arn` names; `action` words AuthorizationError as SNS does.
state::SnsTopic& findTopic(state::AccountState& account, const state::AccountScope& caller,
                           const std::string& arn, const char* parameter, const char* action);

}  // namespace smsim::sns
