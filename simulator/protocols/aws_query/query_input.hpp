#pragma once
// Turns the flat parameters of an AWS query request into the JSON object of an operation's input,
// led by the service model: `Tags.member.1.Key=k` becomes {"Tags": [{"Key": "k"}]},
// `Attributes.entry.1.key=a&Attributes.entry.1.value=b` becomes {"Attributes": {"a": "b"}}
// (with the model's location names, e.g. MessageAttributes' `Name` and `Value`), and scalars take
// the model's types. The model-driven validator then checks the object as it checks awsJson input.
// Parameters the input shape has no member for (Action, Version, X-Amz-*) are left out.
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "model/service_model.hpp"
#include "protocols/aws_query/form_parameters.hpp"

namespace smsim::aws_query {

// A scalar that is not of its member's type ("Integer=abc"); `member` names it as sent.
class QueryInputError : public std::runtime_error {
 public:
  QueryInputError(std::string member, const std::string& message)
      : std::runtime_error(message), member_(std::move(member)) {}
  const std::string& member() const { return member_; }

 private:
  std::string member_;
};

nlohmann::json queryInput(const model::ServiceModel& model, model::ShapeId input,
                          const FormParameters& parameters);

}  // namespace smsim::aws_query
