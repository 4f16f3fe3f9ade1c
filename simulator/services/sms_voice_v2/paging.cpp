#include "services/sms_voice_v2/paging.hpp"

#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

namespace {
// The model caps MaxResults at 100; AWS documents no smaller default, so a page is full size.
constexpr std::size_t kDefaultMaxResults = 100;
}  // namespace

PageRequest readPageRequest(const PageParameters& parameters, std::string context) {
  PageRequest page{std::move(context), parameters.maxResults.value_or(kDefaultMaxResults),
                   std::nullopt};
  if (parameters.nextToken) {
    page.after = services::decodePageToken(page.context, *parameters.nextToken);
    if (!page.after) {
      throw ServiceError::validation("INVALID_NEXT_TOKEN",
                                     "The NextToken is not valid for this request.",
                                     {{"NextToken", "The NextToken is invalid or expired."}});
    }
  }
  return page;
}

}  // namespace smsim::sms_voice_v2
