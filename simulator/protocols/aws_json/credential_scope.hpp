#pragma once
// Reads the caller's account and region from a SigV4 Authorization header, the way LocalStack
// does: a 12-digit access key id is taken as the account id. Signatures are not checked.
#include <string_view>

#include "state/account_scope.hpp"

namespace smsim::aws_json {

state::AccountScope scopeFromAuthorization(std::string_view authorization,
                                           const state::AccountScope& defaults);

}  // namespace smsim::aws_json
