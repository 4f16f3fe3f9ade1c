// The credential scope reader; what passes for an account id or a region is common/aws_names.hpp's.
#include "protocols/aws_json/credential_scope.hpp"

#include <string>
#include <vector>

#include "common/aws_names.hpp"

namespace smsim::aws_json {

state::AccountScope scopeFromAuthorization(std::string_view authorization,
                                           const state::AccountScope& defaults) {
  state::AccountScope scope = defaults;
  constexpr std::string_view kCredential = "Credential=";
  const auto start = authorization.find(kCredential);
  if (start == std::string_view::npos) return scope;
  auto credential = authorization.substr(start + kCredential.size());
  credential = credential.substr(0, credential.find_first_of(", "));

  // AKID/DATE/REGION/SERVICE/aws4_request
  std::vector<std::string_view> parts;
  for (std::size_t from = 0;;) {
    const auto slash = credential.find('/', from);
    parts.push_back(credential.substr(from, slash - from));
    if (slash == std::string_view::npos) break;
    from = slash + 1;
  }
  if (!parts.empty() && aws_names::isAccountId(parts[0])) scope.accountId = std::string(parts[0]);
  if (parts.size() >= 3 && aws_names::isRegionName(parts[2])) scope.region = std::string(parts[2]);
  return scope;
}

}  // namespace smsim::aws_json
