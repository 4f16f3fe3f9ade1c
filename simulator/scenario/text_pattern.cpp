#include "scenario/text_pattern.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <array>
#include <stdexcept>

namespace smsim::scenario {

namespace {

constexpr std::size_t kErrorMessageSize = 256;

// The limits every search runs under; PCRE2 only reads a match context, so threads share it.
pcre2_match_context* limitedMatchContext() {
  static pcre2_match_context* const context = [] {
    auto* created = pcre2_match_context_create(nullptr);
    pcre2_set_match_limit(created, TextPattern::kMatchLimit);
    pcre2_set_depth_limit(created, TextPattern::kDepthLimit);
    return created;
  }();
  return context;
}

// One pair of offsets is enough: a search only asks whether there is a match.
pcre2_match_data* threadMatchData() {
  struct Holder {
    pcre2_match_data* data = pcre2_match_data_create(1, nullptr);
    ~Holder() { pcre2_match_data_free(data); }
  };
  thread_local Holder holder;
  return holder.data;
}

}  // namespace

TextPattern::TextPattern(const std::string& pattern) {
  int error = 0;
  PCRE2_SIZE offset = 0;
  // UTF patterns; subjects that are not valid UTF-8 still search (their bad bytes never match).
  code_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                        PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &error, &offset, nullptr);
  if (code_ == nullptr) {
    std::array<PCRE2_UCHAR, kErrorMessageSize> message{};
    pcre2_get_error_message(error, message.data(), message.size());
    throw std::invalid_argument(std::string(reinterpret_cast<const char*>(message.data())) +
                                " at offset " + std::to_string(offset));
  }
  // JIT when the library has it (faster, and it honours the match limit too).
  pcre2_jit_compile(code_, PCRE2_JIT_COMPLETE);
}

TextPattern::~TextPattern() { pcre2_code_free(code_); }

TextPattern::Result TextPattern::search(std::string_view text) const {
  const int rc = pcre2_match(code_, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, 0,
                             threadMatchData(), limitedMatchContext());
  if (rc >= 0) return Result::Match;  // 0: the one pair of offsets was too small, still a match
  if (rc == PCRE2_ERROR_NOMATCH) return Result::NoMatch;
  // Match or depth limit, JIT stack, or any other failure to finish: not a match.
  return Result::LimitExceeded;
}

}  // namespace smsim::scenario
