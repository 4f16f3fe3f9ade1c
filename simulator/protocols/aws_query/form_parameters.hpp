#pragma once
// The flat name=value pairs of an AWS query request, read from an
// `application/x-www-form-urlencoded` body or a query string. Strict: a bad percent escape is an
// error the caller answers as SNS does (MalformedQueryString), not a guess at what was meant.
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace smsim::aws_query {

using FormParameters = std::vector<std::pair<std::string, std::string>>;

// Why a form could not be read, worded for the client.
struct FormError {
  std::string message;
};

// Appends the pairs of `text` ("a=1&b=x%20y", '+' is a space) to `into`, in order. Empty
// segments ("a=1&&b=2") are skipped; a segment without '=' is a name with an empty value.
std::variant<std::monostate, FormError> appendFormParameters(std::string_view text,
                                                             FormParameters& into);

// Decodes one name or value; false on a '%' not followed by two hex digits.
bool decodeFormComponent(std::string_view text, std::string& out);

}  // namespace smsim::aws_query
