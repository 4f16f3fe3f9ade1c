#include "scenario/document_bounds.hpp"

#include <string>
#include <vector>

namespace smsim::scenario {

namespace {

// One walk of the document graph: the nodes from the root to here (to see a cycle) and the path
// to here in the readers' notation (built only when it fails).
class BoundsWalk {
 public:
  explicit BoundsWalk(const YamlValue& root) : root_(root) {}

  void visit(const YAML::Node& node) {
    if (++visited_ > kMaxDocumentValues) {
      fail(node, "the document stands for more than " + std::to_string(kMaxDocumentValues) +
                     " values once its aliases are expanded");
    }
    if (!node.IsMap() && !node.IsSequence()) return;
    for (const auto& ancestor : ancestors_) {
      if (ancestor.is(node)) fail(node, "an alias refers to a value that contains it (a cycle)");
    }
    if (ancestors_.size() >= kMaxDocumentDepth) {
      fail(node, "nested deeper than " + std::to_string(kMaxDocumentDepth) + " levels");
    }
    ancestors_.push_back(node);
    if (node.IsMap()) {
      visitMap(node);
    } else {
      visitSequence(node);
    }
    ancestors_.pop_back();
  }

 private:
  void visitMap(const YAML::Node& node) {
    for (const auto& entry : node) {
      const auto key = entry.first.IsScalar() ? entry.first.Scalar() : std::string("?");
      segments_.push_back(segments_.empty() ? key : "." + key);
      visit(entry.first);
      visit(entry.second);
      segments_.pop_back();
    }
  }

  void visitSequence(const YAML::Node& node) {
    std::size_t index = 0;
    for (const auto& item : node) {
      segments_.push_back("[" + std::to_string(index++) + "]");
      visit(item);
      segments_.pop_back();
    }
  }

  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const {
    std::string path = root_.path();
    for (const auto& segment : segments_) path += segment;
    YamlValue(node, path, root_.file()).fail(error_id::kLimit, message);
  }

  const YamlValue& root_;
  std::vector<YAML::Node> ancestors_;
  std::vector<std::string> segments_;
  std::size_t visited_ = 0;
};

}  // namespace

void checkDocumentBounds(const YamlValue& root) { BoundsWalk(root).visit(root.node()); }

}  // namespace smsim::scenario
