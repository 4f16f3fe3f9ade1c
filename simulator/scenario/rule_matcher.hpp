#pragma once
// Does a rule's `match` (or an expectation's call filter) select this call?
#include "scenario/request_facts.hpp"
#include "scenario/rule.hpp"

namespace smsim::scenario {

bool matchesCall(const RuleMatch& match, const RequestFacts& call);

}  // namespace smsim::scenario
