#pragma once
// YAML aliases let a few hundred bytes stand for a graph: `&a {x: [*a]}` contains itself, and ten
// levels of "ten references to the level below" stand for ten billion values. Every reader of
// the format walks what it reads, so a document is checked once, right after parsing, against a
// cycle, a depth and a total of values counted as the readers would see them (each alias
// expanded). Past the check, any walk of the document is bounded.
#include <cstddef>

#include "scenario/yaml_value.hpp"

namespace smsim::scenario {

// No scenario needs more nesting than this; deeper is a mistake or an attack.
inline constexpr std::size_t kMaxDocumentDepth = 64;
// Values (mappings, lists, scalars, keys) in the document with every alias expanded. A million
// leaves room for large seeds; a billion-laughs file reaches it in well under a second.
inline constexpr std::size_t kMaxDocumentValues = 1'000'000;

// Fails with error_id::kLimit at the first value that closes a cycle, is nested too deep, or
// goes past the budget of values.
void checkDocumentBounds(const YamlValue& root);

}  // namespace smsim::scenario
