// The query protocol's flattened names, read back into structures, lists and maps.
#include "protocols/aws_query/query_input.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "common/text.hpp"

namespace smsim::aws_query {

namespace {

using model::ServiceModel;
using model::ShapeDef;
using model::ShapeType;

// No input of the models nests deeper than this many name segments; a longer name can't be a
// member of anything, and refusing it keeps the tree (and its destruction) shallow.
constexpr std::size_t kMaxSegments = 24;
// List and map entry indexes: 1-based, as botocore and the AWS SDKs number them.
constexpr std::size_t kMaxIndexDigits = 9;

// The parameter names, split at '.', as a tree.
struct Node {
  std::optional<std::string> value;
  std::map<std::string, Node, std::less<>> children;

  const Node* child(std::string_view name) const {
    const auto it = children.find(name);
    return it == children.end() ? nullptr : &it->second;
  }
};

void insert(Node& root, std::string_view name, const std::string& value) {
  std::vector<std::string_view> segments;
  for (std::size_t from = 0;;) {
    const auto dot = name.find('.', from);
    segments.push_back(name.substr(from, dot - from));
    if (segments.size() > kMaxSegments) return;
    if (dot == std::string_view::npos) break;
    from = dot + 1;
  }
  Node* node = &root;
  for (const auto segment : segments) node = &node->children[std::string(segment)];
  node->value = value;  // a repeated name: the last value wins
}

std::optional<std::size_t> entryIndex(std::string_view text) {
  if (text.empty() || text.size() > kMaxIndexDigits || text.front() == '0' ||
      !isAsciiDigits(text)) {
    return std::nullopt;
  }
  std::size_t index = 0;
  std::from_chars(text.data(), text.data() + text.size(), index);
  return index;
}

// The children of `node` named by entry indexes, in index order.
std::vector<const Node*> entries(const Node* node) {
  std::vector<std::pair<std::size_t, const Node*>> indexed;
  if (node != nullptr) {
    for (const auto& [name, child] : node->children) {
      if (const auto index = entryIndex(name)) indexed.emplace_back(*index, &child);
    }
  }
  std::sort(indexed.begin(), indexed.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const Node*> out;
  out.reserve(indexed.size());
  for (const auto& entry : indexed) out.push_back(entry.second);
  return out;
}

class Reader {
 public:
  explicit Reader(const ServiceModel& model) : model_(model) {}

  nlohmann::json read(const ShapeDef& shape, const Node& node, const std::string& name) const {
    switch (shape.type) {
      case ShapeType::kStructure:
        return readStructure(shape, node, name);
      case ShapeType::kList:
        return readList(shape, node, name);
      case ShapeType::kMap:
        return readMap(shape, node, name);
      default:
        return readScalar(shape, node.value.value_or(""), name);
    }
  }

 private:
  nlohmann::json readStructure(const ShapeDef& shape, const Node& node,
                               const std::string& name) const {
    auto out = nlohmann::json::object();
    for (const auto& member : model_.memberDefs(shape)) {
      if (const auto* child = node.child(member.name)) {
        const auto path =
            name.empty() ? std::string(member.name) : name + "." + std::string(member.name);
        out[std::string(member.name)] = read(model_.shape(member.shape), *child, path);
      }
    }
    return out;
  }

  // `Name.member.N`; a bare `Name=` is the empty list botocore sends.
  nlohmann::json readList(const ShapeDef& shape, const Node& node, const std::string& name) const {
    auto out = nlohmann::json::array();
    const auto& element = model_.shape(shape.listMember);
    for (const auto* entry : entries(node.child("member"))) {
      out.push_back(read(element, *entry, name + ".member"));
    }
    return out;
  }

  // `Name.entry.N.<key>` and `Name.entry.N.<value>`; an entry without a key is left out.
  nlohmann::json readMap(const ShapeDef& shape, const Node& node, const std::string& name) const {
    auto out = nlohmann::json::object();
    const auto keyName = shape.mapKeyName.empty() ? std::string_view("key") : shape.mapKeyName;
    const auto valueName =
        shape.mapValueName.empty() ? std::string_view("value") : shape.mapValueName;
    const auto& valueShape = model_.shape(shape.mapValue);
    for (const auto* entry : entries(node.child("entry"))) {
      const auto* key = entry->child(keyName);
      if (key == nullptr || !key->value) continue;
      const auto* value = entry->child(valueName);
      static const Node kEmpty;
      out[*key->value] = read(valueShape, value != nullptr ? *value : kEmpty, name + ".entry");
    }
    return out;
  }

  static nlohmann::json readScalar(const ShapeDef& shape, const std::string& text,
                                   const std::string& name) {
    switch (shape.type) {
      case ShapeType::kBoolean:
        if (text == "true") return true;
        if (text == "false") return false;
        throw QueryInputError(name, "Value '" + text + "' for parameter " + name +
                                        " is invalid. Expected true or false.");
      case ShapeType::kInteger:
      case ShapeType::kLong:
      case ShapeType::kTimestamp: {
        std::int64_t number = 0;
        const auto* end = text.data() + text.size();
        const auto [ptr, ec] = std::from_chars(text.data(), end, number);
        if (text.empty() || ec != std::errc() || ptr != end) {
          throw QueryInputError(name, "Value '" + text + "' for parameter " + name +
                                          " is invalid. Expected a whole number.");
        }
        return number;
      }
      case ShapeType::kDouble: {
        double number = 0;
        const auto* end = text.data() + text.size();
        const auto [ptr, ec] = std::from_chars(text.data(), end, number);
        if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(number)) {
          throw QueryInputError(name, "Value '" + text + "' for parameter " + name +
                                          " is invalid. Expected a number.");
        }
        return number;
      }
      default:
        return text;
    }
  }

  const ServiceModel& model_;
};

}  // namespace

nlohmann::json queryInput(const ServiceModel& model, model::ShapeId input,
                          const FormParameters& parameters) {
  if (input == model::kNoShape) return nlohmann::json::object();
  Node root;
  for (const auto& [name, value] : parameters) insert(root, name, value);
  return Reader(model).read(model.shape(input), root, "");
}

}  // namespace smsim::aws_query
