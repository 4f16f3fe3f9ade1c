#pragma once
// GET /_smsim/requests' query string as a journal filter: each filter checked, so a value that
// could never match (`status=abc`, `api=sms`) is a 400 naming what is valid instead of an empty
// (or, worse, a full) answer that an assertion would take at its word.
#include <httplib.h>

#include <string>
#include <variant>
#include <vector>

#include "state/journal.hpp"

namespace smsim::control {

// The query parameters readJournalQuery reads.
const std::vector<std::string>& journalQueryParameters();

// The filter, or the message of a 400.
std::variant<state::JournalFilter, std::string> readJournalQuery(const httplib::Request& request);

}  // namespace smsim::control
