#pragma once
// The service models compiled into constant tables: every shape with its type and constraints,
// every operation with its input shape. The tables live in the generated service_model_data.cpp
// (SMS Voice v2) and sns_model_data.cpp (SNS) (python3 simulator/model/generate_model.py); this
// header is the way in. The free functions read SMS Voice v2's tables; a ServiceModel names
// either.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace smsim::model {

enum class ShapeType : std::uint8_t {
  kStructure,
  kString,
  kList,
  kMap,
  kInteger,
  kLong,
  kBoolean,
  kDouble,
  kBlob,
  kTimestamp,
};

// Index into shapes().
using ShapeId = std::uint16_t;
inline constexpr ShapeId kNoShape = 0xFFFF;

struct MemberDef {
  std::string_view name;      // as on the wire: "OptedOutNumber"
  std::string_view pathName;  // as AWS prints it in validation messages: "optedOutNumber"
  ShapeId shape;
  bool required;
};

struct ShapeDef {
  std::string_view name;
  ShapeType type;
  bool isUnion;  // structure with exactly one member set
  bool hasMin;
  bool hasMax;
  // Length (string: code points, blob: bytes, list/map: entries) or value (numbers) bounds.
  std::int64_t min;
  std::int64_t max;
  std::int16_t pattern;  // index into patterns(), -1 when the shape has none
  std::uint16_t firstEnum;
  std::uint16_t enumCount;
  std::uint16_t firstMember;
  std::uint16_t memberCount;
  ShapeId listMember;
  ShapeId mapKey;
  ShapeId mapValue;
  // The query protocol's names of a map entry's key and value ("Name", "Value"); empty: the
  // defaults "key" and "value".
  std::string_view mapKeyName;
  std::string_view mapValueName;

  // Of SMS Voice v2's tables; ServiceModel::memberDefs and enums read any model's.
  std::span<const MemberDef> memberDefs() const;
  std::span<const std::string_view> enums() const;
};

struct Operation {
  std::string_view name;
  ShapeId input;  // kNoShape when the operation takes no input
};

// The generated tables.
std::span<const ShapeDef> shapes();
std::span<const MemberDef> members();
std::span<const std::string_view> enumValues();
std::span<const std::string_view> patterns();
std::span<const Operation> operations();  // sorted by name

// nullptr when the model has no such operation (names are case-sensitive, as in X-Amz-Target).
const Operation* findOperation(std::string_view name);
std::size_t operationCount();
// nullptr when the model has no such shape.
const ShapeDef* findShape(std::string_view name);
const ShapeDef& shape(ShapeId id);

// One model's tables.
struct ServiceModel {
  std::span<const ShapeDef> shapes;
  std::span<const MemberDef> members;
  std::span<const std::string_view> enumValues;
  std::span<const std::string_view> patterns;
  std::span<const Operation> operations;  // sorted by name

  const Operation* findOperation(std::string_view name) const;
  const ShapeDef& shape(ShapeId id) const { return shapes[id]; }
  std::span<const MemberDef> memberDefs(const ShapeDef& s) const {
    return members.subspan(s.firstMember, s.memberCount);
  }
  std::span<const std::string_view> enums(const ShapeDef& s) const {
    return enumValues.subspan(s.firstEnum, s.enumCount);
  }
};

const ServiceModel& smsVoiceV2Model();
const ServiceModel& snsModel();

namespace sns {
// SNS's generated tables (sns_model_data.cpp); snsModel() gathers them.
std::span<const ShapeDef> shapes();
std::span<const MemberDef> members();
std::span<const std::string_view> enumValues();
std::span<const std::string_view> patterns();
std::span<const Operation> operations();
}  // namespace sns

inline std::span<const MemberDef> ShapeDef::memberDefs() const {
  return members().subspan(firstMember, memberCount);
}
inline std::span<const std::string_view> ShapeDef::enums() const {
  return enumValues().subspan(firstEnum, enumCount);
}

}  // namespace smsim::model
