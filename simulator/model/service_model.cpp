#include "model/service_model.hpp"

#include <algorithm>

namespace smsim::model {

const Operation* findOperation(std::string_view name) {
  const auto ops = operations();
  const auto it = std::lower_bound(
      ops.begin(), ops.end(), name,
      [](const Operation& op, std::string_view wanted) { return op.name < wanted; });
  if (it == ops.end() || it->name != name) return nullptr;
  return &*it;
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
