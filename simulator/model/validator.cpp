// One generic validator for every operation, driven by the compiled service model.
//
// How AWS words things, and where that comes from (public captures of real responses; the
// simulator follows them, and says so where it had to guess):
//  - "N validation error(s) detected: " followed by the violations joined with "; ". Each reads
//    "Value <v> at '<path>' failed to satisfy constraint: <constraint>".
//  - <v> is 'text' for strings and numbers (strings verbatim, unescaped, in single quotes:
//    "Value '' at 'keyId'", "Value '0' at 'maxResults'"), null for a missing member ("Value null
//    at 'x' ... Member must not be null"), and left out for lists, maps, structures and blobs:
//    current AWS services print "Value at 'toolConfig.tools' failed to satisfy constraint: Member
//    must have length greater than or equal to 1" / "Value at 'requestItems.users.member.keys'".
//  - Paths are the member names with the first letter lower-cased, joined with '.'; a list
//    element is "<list>.<1-based index>.member" ("tags.1.member.key"), a map value
//    "<map>.<key>.member" ("requestItems.users.member.keys").
//  - One constraint, one violation: an empty string against min 1 and a pattern gives two
//    ("... Member must have length greater than or equal to 1; ... Member must satisfy regular
//    expression pattern: ..."), length before pattern.
//  - Map keys and scalar map values are reported once per map, at the map's path, listing every
//    constraint of the key (value) shape, maximum before minimum: "Map keys must satisfy
//    constraint: [Member must have length less than or equal to 64, Member must have length
//    greater than or equal to 1, Member must satisfy regular expression pattern: ...]".
//  - Bounds of a double shape print as Java doubles ("less than or equal to 1.0").
//  - At most 10 violations are reported (as DynamoDB's model layer does).
//  - A member of the wrong JSON type is not a validation error: the request fails to deserialize
//    and AWS answers SerializationException with the deserializer's text, e.g. "STRING_VALUE can
//    not be converted to an Integer", "NUMBER_VALUE can not be converted to a String",
//    "TRUE_VALUE can not be converted to an Integer", "Start of list found where not expected",
//    "Start of structure or map found where not expected.", "Expected list or null". That wins
//    over any validation error in the same request.
// Guesses (no capture found): the union wording, the Timestamp/Blob type-mismatch texts, and
// integers outside the Java int/long range being a SerializationException.
#include "model/validator.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "model/service_model.hpp"

namespace smsim::model {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxReportedViolations = 10;

// ---------------------------------------------------------------------------------------------
// Patterns: compiled once (on first use, thread-safe static init), matched with per-thread match
// data. The model's patterns are Java regexes that must match the whole value (Matcher.matches),
// so each is wrapped as (?:pattern)\z and compiled anchored.

class PatternTable {
 public:
  explicit PatternTable(std::span<const std::string_view> texts) {
    codes_.reserve(texts.size());
    pcre2_compile_context* context = pcre2_compile_context_create(nullptr);
    // Java's '.' and '$' know \r, \u0085, \u2028 and \u2029 as line ends, not just \n.
    pcre2_set_newline(context, PCRE2_NEWLINE_ANY);
    for (const std::string_view text : texts) {
      std::string wrapped = "(?:";
      wrapped.append(text);
      wrapped.append(")\\z");
      int error = 0;
      PCRE2_SIZE offset = 0;
      pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(wrapped.data()), wrapped.size(),
                                       PCRE2_UTF | PCRE2_ANCHORED, &error, &offset, context);
      if (code == nullptr) {
        std::array<PCRE2_UCHAR, 256> buffer{};
        pcre2_get_error_message(error, buffer.data(), buffer.size());
        pcre2_compile_context_free(context);
        for (pcre2_code* c : codes_) pcre2_code_free(c);
        throw std::logic_error(
            "service model pattern " + std::string(text) +
            " does not compile: " + reinterpret_cast<const char*>(buffer.data()));
      }
      // JIT when the library has it; otherwise the interpreter.
      jit_.push_back(pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0);
      codes_.push_back(code);
    }
    pcre2_compile_context_free(context);
  }
  ~PatternTable() {
    for (pcre2_code* code : codes_) pcre2_code_free(code);
  }
  PatternTable(const PatternTable&) = delete;
  PatternTable& operator=(const PatternTable&) = delete;

  // `value` must be valid UTF-8 (checked by the caller).
  bool matches(std::size_t index, std::string_view value) const {
    const auto* subject = reinterpret_cast<PCRE2_SPTR>(value.data());
    // pcre2_jit_match skips the interpreter's option checks (the UTF check is skipped anyway).
    const int rc = jit_[index] ? pcre2_jit_match(codes_[index], subject, value.size(), 0, 0,
                                                 threadMatchData(), nullptr)
                               : pcre2_match(codes_[index], subject, value.size(), 0,
                                             PCRE2_NO_UTF_CHECK, threadMatchData(), nullptr);
    return rc >= 0;  // 0 only means the (1-pair) ovector was too small: still a match
  }

 private:
  static pcre2_match_data* threadMatchData() {
    struct Holder {
      pcre2_match_data* data = pcre2_match_data_create(1, nullptr);
      ~Holder() { pcre2_match_data_free(data); }
    };
    thread_local Holder holder;
    return holder.data;
  }

  std::vector<pcre2_code*> codes_;
  std::vector<bool> jit_;
};

// One table per model, compiled on its first use.
const PatternTable& patternTable(const ServiceModel& model) {
  if (&model == &snsModel()) {
    static const PatternTable sns(model.patterns);
    return sns;
  }
  static const PatternTable smsVoiceV2(model.patterns);
  return smsVoiceV2;
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

// Length in code points (what Java's String.codePointCount and Smithy @length count); false in
// `valid` when the bytes are not well-formed UTF-8.
std::size_t codePointCount(std::string_view s, bool& valid) {
  std::size_t count = 0;
  valid = true;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const unsigned char c = *p;
    std::size_t extra = 0;
    if (c < 0x80) {
      extra = 0;
    } else if (c >= 0xC2 && c <= 0xDF) {
      extra = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3;
    } else {
      valid = false;
      extra = 0;
    }
    ++p;
    if (extra > 0 && p < end) {
      // Second-byte limits that exclude overlong forms, surrogates and code points > U+10FFFF.
      const unsigned char second = *p;
      if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) ||
          (c == 0xF0 && second < 0x90) || (c == 0xF4 && second > 0x8F)) {
        valid = false;
      }
    }
    for (std::size_t i = 0; i < extra; ++i, ++p) {
      if (p >= end || (*p & 0xC0) != 0x80) {
        valid = false;
        break;
      }
    }
    ++count;
  }
  return count;
}

std::string toDecimal(std::int64_t v) { return std::to_string(v); }

// Double.toString(): "1.0", "-90.0", "12.5", "1.0E7", "1.234E-5".
std::string javaDouble(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
  if (v == 0) return std::signbit(v) ? "-0.0" : "0.0";
  std::array<char, 64> buf{};
  const double magnitude = std::fabs(v);
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    auto [end, ec] =
        std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed);
    std::string out(buf.data(), end);
    if (out.find('.') == std::string::npos) out += ".0";
    return out;
  }
  auto [end, ec] =
      std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::scientific);
  std::string sci(buf.data(), end);  // e.g. 1.234e-05, 1e+07
  const auto e = sci.find('e');
  std::string mantissa = sci.substr(0, e);
  if (mantissa.find('.') == std::string::npos) mantissa += ".0";
  int exponent = 0;
  const std::string_view exp(sci.data() + e + 1, sci.size() - e - 1);
  const char* first = exp.data() + (exp.front() == '+' ? 1 : 0);
  std::from_chars(first, exp.data() + exp.size(), exponent);
  return mantissa + "E" + std::to_string(exponent);
}

// ---------------------------------------------------------------------------------------------
// Paths: a chain of stack-allocated nodes, rendered only when a violation is recorded.

struct PathNode {
  enum class Kind : std::uint8_t { kMember, kListElement, kMapValue };
  const PathNode* parent;
  Kind kind;
  std::string_view name;  // member path name, or map key
  std::size_t index;      // 1-based list index
};

void renderPath(const PathNode* node, std::string& out) {
  if (node == nullptr) return;
  renderPath(node->parent, out);
  if (!out.empty()) out += '.';
  switch (node->kind) {
    case PathNode::Kind::kMember:
      out.append(node->name);
      break;
    case PathNode::Kind::kListElement:
      out += std::to_string(node->index);
      out += ".member";
      break;
    case PathNode::Kind::kMapValue:
      out.append(node->name);
      out += ".member";
      break;
  }
}

std::string pathString(const PathNode* node) {
  std::string out;
  renderPath(node, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Constraint texts.

std::string lengthMax(std::int64_t max) {
  return "Member must have length less than or equal to " + toDecimal(max);
}
std::string lengthMin(std::int64_t min) {
  return "Member must have length greater than or equal to " + toDecimal(min);
}
std::string boundText(const ShapeDef& s, std::int64_t bound) {
  return s.type == ShapeType::kDouble ? javaDouble(static_cast<double>(bound)) : toDecimal(bound);
}
std::string valueMax(const ShapeDef& s) {
  return "Member must have value less than or equal to " + boundText(s, s.max);
}
std::string valueMin(const ShapeDef& s) {
  return "Member must have value greater than or equal to " + boundText(s, s.min);
}
std::string patternText(const ServiceModel& model, const ShapeDef& s) {
  return "Member must satisfy regular expression pattern: " +
         std::string(model.patterns[static_cast<std::size_t>(s.pattern)]);
}
std::string enumText(const ServiceModel& model, const ShapeDef& s) {
  std::string out = "Member must satisfy enum value set: [";
  bool first = true;
  for (const std::string_view v : model.enums(s)) {
    if (!first) out += ", ";
    out.append(v);
    first = false;
  }
  out += ']';
  return out;
}

bool isNumeric(ShapeType t) {
  return t == ShapeType::kInteger || t == ShapeType::kLong || t == ShapeType::kDouble;
}

// Every constraint of a scalar shape, in the order AWS lists them inside "Map keys must satisfy
// constraint: [...]": maximum, minimum, pattern, enum.
std::string allConstraints(const ServiceModel& model, const ShapeDef& s) {
  std::vector<std::string> parts;
  if (isNumeric(s.type)) {
    if (s.hasMax) parts.push_back(valueMax(s));
    if (s.hasMin) parts.push_back(valueMin(s));
  } else {
    if (s.hasMax) parts.push_back(lengthMax(s.max));
    if (s.hasMin) parts.push_back(lengthMin(s.min));
  }
  if (s.pattern >= 0) parts.push_back(patternText(model, s));
  if (s.enumCount > 0) parts.push_back(enumText(model, s));
  std::string out = "[";
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += ", ";
    out += parts[i];
  }
  out += ']';
  return out;
}

// ---------------------------------------------------------------------------------------------
// Deserializer (SerializationException) texts.

std::string_view tokenName(const json& v) {
  switch (v.type()) {
    case json::value_t::string:
      return "STRING_VALUE";
    case json::value_t::boolean:
      return v.get<bool>() ? "TRUE_VALUE" : "FALSE_VALUE";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "NUMBER_VALUE";
    default:
      return "VALUE";
  }
}

std::string_view javaTypeWithArticle(ShapeType t, const json& v) {
  switch (t) {
    case ShapeType::kString:
      return "a String";
    case ShapeType::kInteger:
      return "an Integer";
    case ShapeType::kLong:
      return "a Long";
    case ShapeType::kDouble:
      return "a Double";
    case ShapeType::kBoolean:
      // Both spellings are what AWS sends: the string-coercion path says "an Boolean".
      return v.is_string() ? "an Boolean" : "a Boolean";
    case ShapeType::kBlob:
      return "a Blob";
    case ShapeType::kTimestamp:
      return "a Timestamp";
    default:
      return "a Value";
  }
}

std::string typeMismatch(const ShapeDef& s, const json& v) {
  if (v.is_array()) return "Start of list found where not expected";
  if (v.is_object()) return "Start of structure or map found where not expected.";
  switch (s.type) {
    case ShapeType::kList:
      return "Expected list or null";
    case ShapeType::kMap:
      return "Expected map or null";
    case ShapeType::kStructure:
      return "Expected null";
    default:
      break;
  }
  std::string out(tokenName(v));
  out += " can not be converted to ";
  out.append(javaTypeWithArticle(s.type, v));
  return out;
}

// Decoded size of standard (padded) base64, or an error text as the deserializer words it.
bool base64DecodedSize(std::string_view s, std::size_t& size, std::string& error) {
  if (s.size() % 4 != 0) {
    error = "'" + std::string(s) +
            "' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 "
            "bytes but found: " +
            std::to_string(s.size());
    return false;
  }
  std::size_t padding = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '+' || c == '/';
    if (c == '=' && i + 2 >= s.size() && (i + 1 == s.size() || s[i + 1] == '=')) {
      ++padding;
      continue;
    }
    if (!alpha || padding > 0) {
      error = "'" + std::string(s) +
              "' can not be converted to a Blob: Invalid Base64 character: '" + std::string(1, c) +
              "'";
      return false;
    }
  }
  size = s.size() / 4 * 3 - padding;
  return true;
}

// ---------------------------------------------------------------------------------------------

struct Violation {
  enum class ValueKind : std::uint8_t { kText, kNull, kOmitted };
  std::string path;
  std::string constraint;
  ValueKind valueKind;
  std::string value;
};

class Checker {
 public:
  explicit Checker(const ServiceModel& model) : model_(model) {}

  // False when the request can't be deserialized (serializationError() says why); the walk stops.
  bool check(const ShapeDef& s, const json& v, const PathNode* path) {
    switch (s.type) {
      case ShapeType::kStructure:
        return checkStructure(s, v, path);
      case ShapeType::kList:
        return checkList(s, v, path);
      case ShapeType::kMap:
        return checkMap(s, v, path);
      case ShapeType::kString:
        return checkString(s, v, path);
      case ShapeType::kInteger:
      case ShapeType::kLong:
        return checkInteger(s, v, path);
      case ShapeType::kDouble:
        return checkDouble(s, v, path);
      case ShapeType::kBoolean:
        if (!v.is_boolean()) return fail(typeMismatch(s, v));
        return true;
      case ShapeType::kTimestamp:
        if (!v.is_number()) return fail(typeMismatch(s, v));
        return true;
      case ShapeType::kBlob:
        return checkBlob(s, v, path);
    }
    return true;
  }

  const std::string& serializationError() const { return serialization_; }
  const std::vector<Violation>& violations() const { return violations_; }
  bool anyMissing() const { return anyMissing_; }

 private:
  bool fail(std::string message) {
    serialization_ = std::move(message);
    return false;
  }

  const ServiceModel& model_;

  bool full() const { return violations_.size() >= kMaxReportedViolations; }

  void add(const PathNode* path, std::string constraint, Violation::ValueKind kind,
           std::string value = {}) {
    if (full()) return;
    violations_.push_back(
        Violation{pathString(path), std::move(constraint), kind, std::move(value)});
  }

  void addMissing(const PathNode* path) {
    if (full()) return;
    anyMissing_ = true;
    add(path, "Member must not be null", Violation::ValueKind::kNull);
  }

  bool checkStructure(const ShapeDef& s, const json& v, const PathNode* path) {
    if (!v.is_object()) return fail(typeMismatch(s, v));
    const auto& object = v.get_ref<const json::object_t&>();
    const auto defs = model_.memberDefs(s);

    // Pair each present, non-null member with its definition: one pass over the (usually few)
    // keys of the request, so nothing is looked up per modelled member. Unknown keys are ignored.
    constexpr std::size_t kInline = 32;
    std::array<const json*, kInline> inlineValues{};
    std::vector<const json*> heapValues;  // only for structures with more members than kInline
    const json** values = inlineValues.data();
    if (defs.size() > kInline) {
      heapValues.assign(defs.size(), nullptr);
      values = heapValues.data();
    }
    std::size_t set = 0;
    for (const auto& [key, value] : object) {
      if (value.is_null()) continue;  // null counts as absent
      for (std::size_t i = 0; i < defs.size(); ++i) {
        if (defs[i].name.size() == key.size() && defs[i].name == key) {
          values[i] = &value;
          ++set;
          break;
        }
      }
    }

    // Unverified wording (see the top of the file).
    if (s.isUnion && set != 1) {
      add(path, "Member must have exactly one member set", Violation::ValueKind::kOmitted);
    }
    for (std::size_t i = 0; i < defs.size(); ++i) {
      const MemberDef& m = defs[i];
      const PathNode node{path, PathNode::Kind::kMember, m.pathName, 0};
      if (values[i] == nullptr) {
        if (m.required) addMissing(&node);
        continue;
      }
      if (!check(model_.shape(m.shape), *values[i], &node)) return false;
    }
    return true;
  }

  bool checkList(const ShapeDef& s, const json& v, const PathNode* path) {
    if (!v.is_array()) return fail(typeMismatch(s, v));
    const auto size = static_cast<std::int64_t>(v.size());
    if (s.hasMax && size > s.max) add(path, lengthMax(s.max), Violation::ValueKind::kOmitted);
    if (s.hasMin && size < s.min) add(path, lengthMin(s.min), Violation::ValueKind::kOmitted);
    const ShapeDef& element = model_.shape(s.listMember);
    std::size_t index = 0;
    for (const json& item : v) {
      ++index;
      const PathNode node{path, PathNode::Kind::kListElement, {}, index};
      if (item.is_null()) {
        // A null element deserializes; the model layer then rejects it.
        if (!full()) add(&node, "Member must not be null", Violation::ValueKind::kNull);
        continue;
      }
      if (!check(element, item, &node)) return false;
    }
    return true;
  }

  // True when `key` satisfies the key shape (always a string shape in this model).
  bool keyOk(const ShapeDef& k, std::string_view key) const { return scalarStringOk(k, key); }

  bool scalarStringOk(const ShapeDef& s, std::string_view text) const {
    bool valid = true;
    const auto length = static_cast<std::int64_t>(codePointCount(text, valid));
    if (s.hasMin && length < s.min) return false;
    if (s.hasMax && length > s.max) return false;
    if (s.pattern >= 0 &&
        (!valid || !patternTable(model_).matches(static_cast<std::size_t>(s.pattern), text))) {
      return false;
    }
    if (s.enumCount > 0 && !inEnum(s, text)) return false;
    return true;
  }

  bool inEnum(const ShapeDef& s, std::string_view text) const {
    for (const std::string_view e : model_.enums(s)) {
      if (e == text) return true;
    }
    return false;
  }

  bool checkMap(const ShapeDef& s, const json& v, const PathNode* path) {
    if (!v.is_object()) return fail(typeMismatch(s, v));
    const auto size = static_cast<std::int64_t>(v.size());
    if (s.hasMax && size > s.max) add(path, lengthMax(s.max), Violation::ValueKind::kOmitted);
    if (s.hasMin && size < s.min) add(path, lengthMin(s.min), Violation::ValueKind::kOmitted);
    const ShapeDef& keyShape = model_.shape(s.mapKey);
    const ShapeDef& valueShape = model_.shape(s.mapValue);
    const bool scalarValues = valueShape.type != ShapeType::kStructure &&
                              valueShape.type != ShapeType::kList &&
                              valueShape.type != ShapeType::kMap;
    bool keysBad = false;
    bool valuesBad = false;
    bool nullValue = false;
    const auto& object = v.get_ref<const json::object_t&>();
    for (const auto& [key, value] : object) {
      if (!keysBad && !keyOk(keyShape, key)) keysBad = true;
      if (value.is_null()) {
        nullValue = true;
        if (!scalarValues) {
          const PathNode node{path, PathNode::Kind::kMapValue, key, 0};
          if (!full()) add(&node, "Member must not be null", Violation::ValueKind::kNull);
        }
        continue;
      }
      if (scalarValues) {
        // Deserialization first: a wrong type is a SerializationException whatever else fails.
        if (!scalarValueOk(valueShape, value, valuesBad)) return false;
      } else {
        const PathNode node{path, PathNode::Kind::kMapValue, key, 0};
        if (!check(valueShape, value, &node)) return false;
      }
    }
    if (keysBad) {
      add(path, "Map keys must satisfy constraint: " + allConstraints(model_, keyShape),
          Violation::ValueKind::kOmitted);
    }
    if (scalarValues && (valuesBad || nullValue)) {
      std::string constraints = allConstraints(model_, valueShape);
      if (nullValue) {
        constraints.pop_back();
        if (constraints.size() > 1) constraints += ", ";
        constraints += "Member must not be null]";
      }
      add(path, "Map value must satisfy constraint: " + constraints,
          Violation::ValueKind::kOmitted);
    }
    return true;
  }

  // Type-checks a scalar map value and notes (in `bad`) whether it breaks a constraint.
  bool scalarValueOk(const ShapeDef& s, const json& v, bool& bad) {
    switch (s.type) {
      case ShapeType::kString:
        if (!v.is_string()) return fail(typeMismatch(s, v));
        if (!scalarStringOk(s, v.get_ref<const std::string&>())) bad = true;
        return true;
      default: {
        // Numbers, booleans, timestamps, blobs: run the full check on a scratch checker.
        Checker scratch(model_);
        if (!scratch.check(s, v, nullptr)) return fail(scratch.serialization_);
        if (!scratch.violations_.empty()) bad = true;
        return true;
      }
    }
  }

  bool checkString(const ShapeDef& s, const json& v, const PathNode* path) {
    if (!v.is_string()) return fail(typeMismatch(s, v));
    const std::string& text = v.get_ref<const std::string&>();
    bool valid = true;
    const auto length = static_cast<std::int64_t>(codePointCount(text, valid));
    if (s.hasMin && length < s.min) add(path, lengthMin(s.min), Violation::ValueKind::kText, text);
    if (s.hasMax && length > s.max) add(path, lengthMax(s.max), Violation::ValueKind::kText, text);
    if (s.pattern >= 0 &&
        (!valid || !patternTable(model_).matches(static_cast<std::size_t>(s.pattern), text))) {
      add(path, patternText(model_, s), Violation::ValueKind::kText, text);
    }
    if (s.enumCount > 0 && !inEnum(s, text)) {
      add(path, enumText(model_, s), Violation::ValueKind::kText, text);
    }
    return true;
  }

  bool checkInteger(const ShapeDef& s, const json& v, const PathNode* path) {
    if (!v.is_number()) return fail(typeMismatch(s, v));
    const bool isInt = s.type == ShapeType::kInteger;
    const std::int64_t lo =
        isInt ? std::numeric_limits<std::int32_t>::min() : std::numeric_limits<std::int64_t>::min();
    const std::int64_t hi =
        isInt ? std::numeric_limits<std::int32_t>::max() : std::numeric_limits<std::int64_t>::max();
    std::int64_t value = 0;
    bool inRange = true;
    if (v.is_number_unsigned()) {
      const auto u = v.get<std::uint64_t>();
      inRange = u <= static_cast<std::uint64_t>(hi);
      if (inRange) value = static_cast<std::int64_t>(u);
    } else if (v.is_number_integer()) {
      value = v.get<std::int64_t>();
      inRange = value >= lo && value <= hi;
    } else {
      // A fraction is truncated, as AWS's deserializer does.
      const double d = std::trunc(v.get<double>());
      inRange = std::isfinite(d) && d >= static_cast<double>(lo) && d < -static_cast<double>(lo);
      if (inRange) {
        value = static_cast<std::int64_t>(d);
        inRange = value >= lo && value <= hi;
      }
    }
    if (!inRange)
      return fail(std::string("NUMBER_VALUE can not be converted to ") +
                  std::string(javaTypeWithArticle(s.type, v)));
    if (s.hasMax && value > s.max) {
      add(path, valueMax(s), Violation::ValueKind::kText, toDecimal(value));
    }
    if (s.hasMin && value < s.min) {
      add(path, valueMin(s), Violation::ValueKind::kText, toDecimal(value));
    }
    return true;
  }

  bool checkDouble(const ShapeDef& s, const json& v, const PathNode* path) {
    if (!v.is_number()) return fail(typeMismatch(s, v));
    const double value = v.get<double>();
    if (s.hasMax && value > static_cast<double>(s.max)) {
      add(path, valueMax(s), Violation::ValueKind::kText, javaDouble(value));
    }
    if (s.hasMin && value < static_cast<double>(s.min)) {
      add(path, valueMin(s), Violation::ValueKind::kText, javaDouble(value));
    }
    return true;
  }

  bool checkBlob(const ShapeDef& s, const json& v, const PathNode* path) {
    if (!v.is_string()) return fail(typeMismatch(s, v));
    std::size_t size = 0;
    std::string error;
    if (!base64DecodedSize(v.get_ref<const std::string&>(), size, error)) {
      return fail(std::move(error));
    }
    const auto length = static_cast<std::int64_t>(size);
    if (s.hasMin && length < s.min) add(path, lengthMin(s.min), Violation::ValueKind::kOmitted);
    if (s.hasMax && length > s.max) add(path, lengthMax(s.max), Violation::ValueKind::kOmitted);
    return true;
  }

  std::vector<Violation> violations_;
  std::string serialization_;
  bool anyMissing_ = false;
};

std::string sentence(const Violation& v) {
  std::string out = "Value ";
  switch (v.valueKind) {
    case Violation::ValueKind::kText:
      out += '\'';
      out += v.value;
      out += "' ";
      break;
    case Violation::ValueKind::kNull:
      out += "null ";
      break;
    case Violation::ValueKind::kOmitted:
      break;
  }
  out += "at '";
  out += v.path;
  out += "' failed to satisfy constraint: ";
  out += v.constraint;
  return out;
}

}  // namespace

void dropNullMembers(nlohmann::json& input) {
  if (input.is_object()) {
    for (auto it = input.begin(); it != input.end();) {
      if (it->is_null()) {
        it = input.erase(it);
      } else {
        dropNullMembers(*it);
        ++it;
      }
    }
  } else if (input.is_array()) {
    for (auto& element : input) dropNullMembers(element);
  }
}

bool isKnownOperation(std::string_view operation) { return findOperation(operation) != nullptr; }

std::optional<InputError> validateInput(std::string_view operation, const nlohmann::json& input) {
  return validateInput(smsVoiceV2Model(), operation, input);
}

std::optional<InputError> validateInput(const ServiceModel& model, std::string_view operation,
                                        const nlohmann::json& input) {
  const Operation* op = model.findOperation(operation);
  if (op == nullptr || op->input == kNoShape) return std::nullopt;

  Checker checker(model);
  if (!checker.check(model.shape(op->input), input, nullptr)) {
    InputError error;
    error.errorType = "SerializationException";
    error.message = checker.serializationError();
    return error;
  }
  const auto& violations = checker.violations();
  if (violations.empty()) return std::nullopt;

  InputError error;
  error.errorType = "ValidationException";
  error.reason = checker.anyMissing() ? "MISSING_PARAMETER" : "FIELD_VALIDATION_FAILED";
  error.message =
      std::to_string(violations.size()) +
      (violations.size() == 1 ? " validation error detected: " : " validation errors detected: ");
  error.fields.reserve(violations.size());
  for (std::size_t i = 0; i < violations.size(); ++i) {
    if (i > 0) error.message += "; ";
    error.message += sentence(violations[i]);
    error.fields.push_back(FieldViolation{violations[i].path, violations[i].constraint});
  }
  return error;
}

}  // namespace smsim::model
