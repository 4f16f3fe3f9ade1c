#pragma once
// Which SNS actions smsim emulates: action name -> the typed service call, with its input read
// from the model's JSON view of the parameters and its result written as the action's XML.
#include <nlohmann/json.hpp>
#include <string_view>

#include "protocols/aws_query/xml_writer.hpp"
#include "services/sns/call_context.hpp"

namespace smsim::aws_query {

struct AwsQueryOperation {
  // Writes the children of <ActionResult> (nothing for an empty result).
  void (*serve)(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result);
  // False for the actions whose response has no <ActionResult> at all (DeleteTopic, ...).
  bool hasResult = true;
};

// nullptr for an action the model knows that smsim does not emulate.
const AwsQueryOperation* findOperation(std::string_view action);

}  // namespace smsim::aws_query
