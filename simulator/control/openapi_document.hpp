#pragma once
// The OpenAPI 3 description of every /_smsim route, served at GET /_smsim/openapi.json so
// clients and test helpers can be generated from it and humans can read what each call takes.
#include <string_view>

namespace smsim::control {

// The JSON text of control/openapi.json; info.version is filled in when served.
std::string_view openApiDocument();

}  // namespace smsim::control
