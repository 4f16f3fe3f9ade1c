#include "model/service_model.hpp"

#include <algorithm>

namespace smsim::model {

const Operation* ServiceModel::findOperation(std::string_view name) const {
  const auto ops = operations;
  const auto it = std::lower_bound(
      ops.begin(), ops.end(), name,
      [](const Operation& op, std::string_view wanted) { return op.name < wanted; });
  if (it == ops.end() || it->name != name) return nullptr;
  return &*it;
}

const Operation* findOperation(std::string_view name) {
  return smsVoiceV2Model().findOperation(name);
}

const ServiceModel& smsVoiceV2Model() {
  static const ServiceModel model{shapes(), members(), enumValues(), patterns(), operations()};
  return model;
}

const ServiceModel& snsModel() {
  static const ServiceModel model{sns::shapes(), sns::members(), sns::enumValues(), sns::patterns(),
                                  sns::operations()};
  return model;
}

std::size_t operationCount() { return operations().size(); }

const ShapeDef* findShape(std::string_view name) {
  const auto all = shapes();
  const auto it =
      std::lower_bound(all.begin(), all.end(), name,
                       [](const ShapeDef& s, std::string_view wanted) { return s.name < wanted; });
  if (it == all.end() || it->name != name) return nullptr;
  return &*it;
}

const ShapeDef& shape(ShapeId id) { return shapes()[id]; }

}  // namespace smsim::model
