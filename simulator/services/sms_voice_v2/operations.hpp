#pragma once
// The operations smsim emulates, by name. Input arrives already validated against the service
// model; a handler returns the result object or throws ServiceError.
#include <nlohmann/json.hpp>
#include <string_view>

#include "services/sms_voice_v2/call_context.hpp"

namespace smsim::sms_voice_v2 {

using OperationHandler = nlohmann::json (*)(CallContext&, const nlohmann::json& input);

// nullptr for an operation of the model that smsim does not emulate (yet).
OperationHandler findOperationHandler(std::string_view operation);

// Handlers, grouped by the resource they act on.
nlohmann::json createOptOutList(CallContext&, const nlohmann::json&);
nlohmann::json deleteOptOutList(CallContext&, const nlohmann::json&);
nlohmann::json describeOptOutLists(CallContext&, const nlohmann::json&);
nlohmann::json putOptedOutNumber(CallContext&, const nlohmann::json&);
nlohmann::json deleteOptedOutNumber(CallContext&, const nlohmann::json&);
nlohmann::json describeOptedOutNumbers(CallContext&, const nlohmann::json&);
nlohmann::json requestPhoneNumber(CallContext&, const nlohmann::json&);
nlohmann::json describePhoneNumbers(CallContext&, const nlohmann::json&);
nlohmann::json updatePhoneNumber(CallContext&, const nlohmann::json&);
nlohmann::json releasePhoneNumber(CallContext&, const nlohmann::json&);
nlohmann::json createPool(CallContext&, const nlohmann::json&);
nlohmann::json describePools(CallContext&, const nlohmann::json&);
nlohmann::json updatePool(CallContext&, const nlohmann::json&);
nlohmann::json deletePool(CallContext&, const nlohmann::json&);
nlohmann::json associateOriginationIdentity(CallContext&, const nlohmann::json&);
nlohmann::json disassociateOriginationIdentity(CallContext&, const nlohmann::json&);
nlohmann::json listPoolOriginationIdentities(CallContext&, const nlohmann::json&);
nlohmann::json putKeyword(CallContext&, const nlohmann::json&);
nlohmann::json deleteKeyword(CallContext&, const nlohmann::json&);
nlohmann::json describeKeywords(CallContext&, const nlohmann::json&);
nlohmann::json sendTextMessage(CallContext&, const nlohmann::json&);
nlohmann::json describeAccountAttributes(CallContext&, const nlohmann::json&);
nlohmann::json describeAccountLimits(CallContext&, const nlohmann::json&);
nlohmann::json tagResource(CallContext&, const nlohmann::json&);
nlohmann::json untagResource(CallContext&, const nlohmann::json&);
nlohmann::json listTagsForResource(CallContext&, const nlohmann::json&);

}  // namespace smsim::sms_voice_v2
