#pragma once
// The Convoso endpoints smsim serves, below the `/v1/` prefix (common/api_paths.hpp). There is
// no documented `/sms-opt-out/delete`, so there is none here either.
#include <array>
#include <string_view>

#include "services/convoso/resources.hpp"

namespace smsim::convoso {

enum class ConvosoAction { Insert, Update, Search, Delete };

struct ConvosoEndpoint {
  ConvosoList list;
  ConvosoAction action;
  std::string_view operation;  // the path below /v1/, also the journal's operation name
};

inline constexpr std::array<ConvosoEndpoint, 7> kConvosoEndpoints{{
    {ConvosoList::SmsOptOut, ConvosoAction::Insert, "sms-opt-out/insert"},
    {ConvosoList::SmsOptOut, ConvosoAction::Update, "sms-opt-out/update"},
    {ConvosoList::SmsOptOut, ConvosoAction::Search, "sms-opt-out/search"},
    {ConvosoList::Dnc, ConvosoAction::Insert, "dnc/insert"},
    {ConvosoList::Dnc, ConvosoAction::Update, "dnc/update"},
    {ConvosoList::Dnc, ConvosoAction::Search, "dnc/search"},
    {ConvosoList::Dnc, ConvosoAction::Delete, "dnc/delete"},
}};

}  // namespace smsim::convoso
