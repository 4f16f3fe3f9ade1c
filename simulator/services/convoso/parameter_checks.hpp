#pragma once
// Small checks shared by the Convoso operations, each tied to the error code it raises.
#include <string>
#include <vector>

#include "services/convoso/convoso_error.hpp"
#include "services/convoso/operations.hpp"

namespace smsim::convoso {

// Sent and not empty: Convoso, like most PHP APIs, treats `name=` as not sent.
inline bool isPresent(const Parameter& value) { return value && !value->empty(); }

// A new entry's reason or purpose: none when absent, empty or `-BLANK-`; otherwise it must be
// allowed, or `invalid` is thrown.
std::string newTextValue(const Parameter& value, const std::vector<std::string>& allowed,
                         ErrorCode invalid);

// An updated reason or purpose: unchanged when absent or empty, cleared by `-BLANK-`; otherwise
// it must be allowed, or `invalid` is thrown.
std::string changedTextValue(const Parameter& value, const std::string& current,
                             const std::vector<std::string>& allowed, ErrorCode invalid);

}  // namespace smsim::convoso
