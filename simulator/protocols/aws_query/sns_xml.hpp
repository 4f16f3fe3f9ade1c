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
std::optional<int> optionalInteger(const nlohmann::json& input, const char* name);
// A map member of strings ({} when absent).
std::map<std::string, std::string> stringMap(const nlohmann::json& input, const char* name);
sns::MessageAttributes messageAttributesOf(const nlohmann::json& input);
// <element><entry><key/><value/></entry>...</element> ("attributes" for GetSMSAttributes,
// "Attributes" for topics and subscriptions).
void writeAttributes(XmlWriter& result, const std::map<std::string, std::string>& attributes,
                     const char* element);

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

// sandbox_xml.cpp
void serveCreateSmsSandboxPhoneNumber(sns::CallContext& context, const nlohmann::json& input,
                                      XmlWriter& result);
void serveVerifySmsSandboxPhoneNumber(sns::CallContext& context, const nlohmann::json& input,
                                      XmlWriter& result);
void serveListSmsSandboxPhoneNumbers(sns::CallContext& context, const nlohmann::json& input,
                                     XmlWriter& result);
void serveDeleteSmsSandboxPhoneNumber(sns::CallContext& context, const nlohmann::json& input,
                                      XmlWriter& result);

// topic_xml.cpp
void serveCreateTopic(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result);
void serveDeleteTopic(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result);
void serveListTopics(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result);
void serveGetTopicAttributes(sns::CallContext& context, const nlohmann::json& input,
                             XmlWriter& result);
void serveSetTopicAttributes(sns::CallContext& context, const nlohmann::json& input,
                             XmlWriter& result);
void serveTagResource(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result);
void serveUntagResource(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result);
void serveListTagsForResource(sns::CallContext& context, const nlohmann::json& input,
                              XmlWriter& result);
void servePublishToTopic(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result);
void servePublishBatch(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result);

// subscription_xml.cpp
void serveSubscribe(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result);
void serveConfirmSubscription(sns::CallContext& context, const nlohmann::json& input,
                              XmlWriter& result);
void serveUnsubscribe(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result);
void serveListSubscriptions(sns::CallContext& context, const nlohmann::json& input,
                            XmlWriter& result);
void serveListSubscriptionsByTopic(sns::CallContext& context, const nlohmann::json& input,
                                   XmlWriter& result);
void serveGetSubscriptionAttributes(sns::CallContext& context, const nlohmann::json& input,
                                    XmlWriter& result);
void serveSetSubscriptionAttributes(sns::CallContext& context, const nlohmann::json& input,
                                    XmlWriter& result);

}  // namespace smsim::aws_query
