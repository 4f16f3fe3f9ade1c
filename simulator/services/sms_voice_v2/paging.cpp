#include "services/sms_voice_v2/paging.hpp"

#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

namespace {
// The model caps MaxResults at 100; AWS documents no smaller default, so a page is full size.
constexpr std::size_t kDefaultMaxResults = 100;
}  // namespace

PageRequest readPageRequest(const nlohmann::json& input, std::string context) {
  PageRequest page{std::move(context), kDefaultMaxResults, std::nullopt};
  if (auto it = input.find("MaxResults"); it != input.end() && it->is_number_integer()) {
    page.maxResults = it->get<std::size_t>();
  }
  if (auto it = input.find("NextToken"); it != input.end() && it->is_string()) {
    page.after = services::decodePageToken(page.context, it->get_ref<const std::string&>());
    if (!page.after) {
      throw ServiceError::validation(
          "INVALID_NEXT_TOKEN", "The NextToken is not valid for this request.",
          {{{"Name", "NextToken"}, {"Message", "The NextToken is invalid or expired."}}});
    }
  }
  return page;
}

}  // namespace smsim::sms_voice_v2
