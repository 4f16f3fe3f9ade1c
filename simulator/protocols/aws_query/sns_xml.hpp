#pragma once
// One serve function per emulated SNS action (declared here, defined in <resource>_xml.cpp),
// and the small readers of the model's JSON view they share.
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "protocols/aws_query/xml_writer.hpp"
#include "services/sns/call_context.hpp"
#include "services/sns/sms_types.hpp"

namespace smsim::aws_query {

// A string member, "" when absent.
std::string stringMember(const nlohmann::json& input, const char* name);
std::optional<std::string> optionalMember(const nlohmann::json& input, const char* name);
sns::MessageAttributes messageAttributesOf(const nlohmann::json& input);
// <attributes><entry><key/><value/></entry>...</attributes> (GetSMSAttributes' spelling).
void writeAttributes(XmlWriter& result, const std::map<std::string, std::string>& attributes);

// sms_xml.cpp
void servePublishSms(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result);
void serveCheckIfPhoneNumberIsOptedOut(sns::CallContext& context, const nlohmann::json& input,
                                       XmlWriter& result);
void serveListPhoneNumbersOptedOut(sns::CallContext& context, const nlohmann::json& input,
                                   XmlWriter& result);
void serveOptInPhoneNumber(sns::CallContext& context, const nlohmann::json& input,
                           XmlWriter& result);
void serveGetSmsAttributes(sns::CallContext& context, const nlohmann::json& input,
                           XmlWriter& result);
void serveSetSmsAttributes(sns::CallContext& context, const nlohmann::json& input,
                           XmlWriter& result);

// origination_xml.cpp
void serveListOriginationNumbers(sns::CallContext& context, const nlohmann::json& input,
                                 XmlWriter& result);
void serveGetSmsSandboxAccountStatus(sns::CallContext& context, const nlohmann::json& input,
                                     XmlWriter& result);

}  // namespace smsim::aws_query
