#!/usr/bin/env python3
"""Compile the service models (pinpoint-sms-voice-v2, SNS) into C++ constraint tables.

Reads a botocore service model (JSON) and writes its data file: every shape with its
type and validation traits (min, max, pattern, enum, members and which are required, list member,
map key and value with their query-protocol location names, union), and every operation with
its input shape. Documentation text is
dropped. The output is deterministic (shapes, operations, patterns and members come out in a
fixed order) and is left alone by clang-format.

Usage (from anywhere; paths default to the repository layout):
    python3 simulator/model/generate_model.py [--model PATH --out PATH [--namespace NAME]] [--check]

Without --model, every model of the repository is generated (MODELS below).
--check writes nothing and exits 1 when a file on disk differs from what would be generated.
Only the Python standard library is used.
"""

import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The botocore model is committed beside this script, so --check needs nothing outside the repository.
# (model, generated file, C++ namespace inside smsim::model; "" for SMS Voice v2's tables).
MODELS = [
    ("pinpoint-sms-voice-v2.service-2.json", "service_model_data.cpp", ""),
    ("sns.service-2.json", "sns_model_data.cpp", "sns"),
]

SHAPE_TYPES = {
    "structure": "kStructure",
    "string": "kString",
    "list": "kList",
    "map": "kMap",
    "integer": "kInteger",
    "long": "kLong",
    "boolean": "kBoolean",
    "double": "kDouble",
    "blob": "kBlob",
    "timestamp": "kTimestamp",
}

# Shape traits this generator understands; anything else in a shape is reported so a model update
# that adds a constraint can't be dropped silently. Traits that don't constrain a request
# (documentation, error metadata, sensitivity, deprecation, ...) are listed as ignored.
KNOWN_TRAITS = {"type", "min", "max", "pattern", "enum", "members", "required", "member", "key",
                "value", "union", "box"}
IGNORED_TRAITS = {"documentation", "exception", "error", "fault", "retryable", "sensitive",
                  "deprecated", "deprecatedMessage", "event", "eventstream", "document",
                  "timestampFormat", "streaming", "requiresLength", "wrapper", "flattened",
                  "locationName", "xmlNamespace"}


def cpp_string(text):
    """A C++ string literal for `text` (ASCII escapes; non-ASCII bytes as octal escapes)."""
    out = ['"']
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif 0x20 <= byte < 0x7F:
            out.append(ch)
        else:
            out.append("\\%03o" % byte)
    out.append('"')
    return "".join(out)


def lower_first(name):
    # AWS (Coral) prints member paths with only the first character lower-cased:
    # OptedOutNumber -> optedOutNumber, SSESpecification -> sSESpecification.
    return name[:1].lower() + name[1:]


def int_bound(shape_name, trait, value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SystemExit("shape %s: %s is not a number: %r" % (shape_name, trait, value))
    if isinstance(value, float):
        if not value.is_integer():
            raise SystemExit("shape %s: fractional %s %r is not supported" %
                             (shape_name, trait, value))
        value = int(value)
    if not -(2**63) <= value < 2**63:
        raise SystemExit("shape %s: %s %r does not fit in int64" % (shape_name, trait, value))
    return value


def cpp_int64(value):
    if value == -(2**63):
        return "INT64_MIN"
    return "%d" % value


def location_name(ref):
    return ref.get("locationName", "")


def generate(model, model_bytes, model_label, namespace=""):
    shapes = model["shapes"]
    operations = model["operations"]
    names = sorted(shapes)
    index = {name: i for i, name in enumerate(names)}
    if len(names) >= 0xFFFF:
        raise SystemExit("too many shapes for a 16-bit shape id")

    warnings = []
    patterns = []  # distinct patterns, in first-use order over the sorted shapes
    pattern_index = {}
    enum_values = []
    members = []
    shape_rows = []

    def ref(owner, target):
        if target not in index:
            raise SystemExit("shape %s refers to unknown shape %s" % (owner, target))
        return index[target]

    for name in names:
        shape = shapes[name]
        stype = shape.get("type")
        if stype not in SHAPE_TYPES:
            raise SystemExit("shape %s has unsupported type %r" % (name, stype))
        for trait in shape:
            if trait not in KNOWN_TRAITS and trait not in IGNORED_TRAITS:
                warnings.append("shape %s: trait %r ignored" % (name, trait))

        has_min = "min" in shape
        has_max = "max" in shape
        lo = int_bound(name, "min", shape["min"]) if has_min else 0
        hi = int_bound(name, "max", shape["max"]) if has_max else 0

        pattern = -1
        if "pattern" in shape:
            text = shape["pattern"]
            if text not in pattern_index:
                pattern_index[text] = len(patterns)
                patterns.append(text)
            pattern = pattern_index[text]

        first_enum = len(enum_values)
        enum_list = shape.get("enum", [])
        enum_values.extend(enum_list)

        first_member = len(members)
        member_count = 0
        if stype == "structure":
            required = set(shape.get("required", []))
            unknown = required - set(shape.get("members", {}))
            if unknown:
                raise SystemExit("shape %s requires unknown members %s" % (name, sorted(unknown)))
            # Model order: AWS reports violations in member order.
            for member_name, member in shape.get("members", {}).items():
                members.append((member_name, lower_first(member_name),
                                ref(name, member["shape"]), member_name in required))
                member_count += 1

        list_member = ref(name, shape["member"]["shape"]) if stype == "list" else None
        map_key = ref(name, shape["key"]["shape"]) if stype == "map" else None
        map_value = ref(name, shape["value"]["shape"]) if stype == "map" else None

        shape_rows.append({
            "name": name,
            "type": SHAPE_TYPES[stype],
            "union": bool(shape.get("union", False)),
            "has_min": has_min,
            "has_max": has_max,
            "min": lo,
            "max": hi,
            "pattern": pattern,
            "first_enum": first_enum,
            "enum_count": len(enum_list),
            "first_member": first_member,
            "member_count": member_count,
            "list_member": list_member,
            "map_key": map_key,
            "map_value": map_value,
            "map_key_name": location_name(shape["key"]) if stype == "map" else "",
            "map_value_name": location_name(shape["value"]) if stype == "map" else "",
        })

    for limit_name, count in (("enum values", len(enum_values)), ("members", len(members)),
                              ("patterns", len(patterns))):
        if count >= 0xFFFF:
            raise SystemExit("too many %s for 16-bit indexes" % limit_name)

    op_rows = []
    for op_name in sorted(operations):
        op = operations[op_name]
        input_ref = op.get("input", {}).get("shape")
        op_rows.append((op_name, ref(op_name, input_ref) if input_ref else None))

    def sid(value):
        return "kNoShape" if value is None else "%d" % value

    digest = hashlib.sha256(model_bytes).hexdigest()
    meta = model.get("metadata", {})
    lines = []
    emit = lines.append
    emit("// GENERATED FILE - DO NOT EDIT.")
    emit("// Generated by simulator/model/generate_model.py from")
    emit("//   %s" % model_label)
    emit("//   (%s, apiVersion %s, sha256 %s)" %
         (meta.get("serviceId", "?"), meta.get("apiVersion", "?"), digest[:16]))
    emit("// Regenerate from the repository root with:")
    emit("//   python3 simulator/model/generate_model.py")
    emit("// %d operations, %d shapes, %d members, %d enum values, %d patterns." %
         (len(op_rows), len(shape_rows), len(members), len(enum_values), len(patterns)))
    emit("#include <cstdint>")
    emit("#include <span>")
    emit("#include <string_view>")
    emit("")
    emit('#include "model/service_model.hpp"')
    emit("")
    emit("namespace smsim::model%s {" % ("::" + namespace if namespace else ""))
    emit("namespace {")
    emit("")
    emit("using enum ShapeType;")
    emit("")
    emit("// clang-format off")
    emit("// Distinct `pattern` traits; ShapeDef::pattern indexes this table.")
    emit("constexpr std::string_view kPatterns[] = {")
    for i, text in enumerate(patterns):
        emit("    %s,  // %d" % (cpp_string(text), i))
    emit("};")
    emit("")
    emit("// `enum` values of every string shape, in model order; ShapeDef::firstEnum indexes this.")
    emit("constexpr std::string_view kEnumValues[] = {")
    for row in shape_rows:
        if row["enum_count"]:
            emit("    // %s" % row["name"])
            for value in enum_values[row["first_enum"]:row["first_enum"] + row["enum_count"]]:
                emit("    %s," % cpp_string(value))
    emit("};")
    emit("")
    emit("// Structure members in model order: {name, path name, shape, required}.")
    emit("constexpr MemberDef kMembers[] = {")
    for row in shape_rows:
        if row["member_count"]:
            emit("    // %s" % row["name"])
            for member in members[row["first_member"]:row["first_member"] + row["member_count"]]:
                emit("    {%s, %s, %d, %s}," % (cpp_string(member[0]), cpp_string(member[1]),
                                               member[2], "true" if member[3] else "false"))
    emit("};")
    emit("")
    emit("// {name, type, union, hasMin, hasMax, min, max, pattern, firstEnum, enumCount,")
    emit("//  firstMember, memberCount, listMember, mapKey, mapValue, mapKeyName, mapValueName}")
    emit("constexpr ShapeDef kShapes[] = {")
    for i, row in enumerate(shape_rows):
        names = ", %s, %s" % (cpp_string(row["map_key_name"]), cpp_string(row["map_value_name"]))
        emit("    /* %d */ {%s, %s, %s, %s, %s, %s, %s, %d, %d, %d, %d, %d, %s, %s, %s%s}," % (
            i, cpp_string(row["name"]), row["type"], "true" if row["union"] else "false",
            "true" if row["has_min"] else "false", "true" if row["has_max"] else "false",
            cpp_int64(row["min"]), cpp_int64(row["max"]), row["pattern"], row["first_enum"],
            row["enum_count"], row["first_member"], row["member_count"],
            sid(row["list_member"]), sid(row["map_key"]), sid(row["map_value"]), names))
    emit("};")
    emit("")
    emit("// Sorted by name (findOperation() binary-searches): {name, input shape}.")
    emit("constexpr Operation kOperations[] = {")
    for op_name, input_id in op_rows:
        emit("    {%s, %s}," % (cpp_string(op_name), sid(input_id)))
    emit("};")
    emit("// clang-format on")
    emit("")
    emit("}  // namespace")
    emit("")
    emit("std::span<const ShapeDef> shapes() { return kShapes; }")
    emit("std::span<const MemberDef> members() { return kMembers; }")
    emit("std::span<const std::string_view> enumValues() { return kEnumValues; }")
    emit("std::span<const std::string_view> patterns() { return kPatterns; }")
    emit("std::span<const Operation> operations() { return kOperations; }")
    emit("")
    emit("}  // namespace smsim::model%s" % ("::" + namespace if namespace else ""))
    return "\n".join(lines) + "\n", warnings


def run_one(model_path, out_path, namespace, check):
    with open(model_path, "rb") as handle:
        model_bytes = handle.read()
    model = json.loads(model_bytes.decode("utf-8"))
    label = os.path.basename(model_path)
    text, warnings = generate(model, model_bytes, label, namespace)
    for warning in warnings:
        print("warning: " + warning, file=sys.stderr)

    if check:
        try:
            with open(out_path, "r", encoding="utf-8") as handle:
                current = handle.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print("%s is out of date; run python3 simulator/model/generate_model.py" % out_path,
                  file=sys.stderr)
            return 1
        return 0

    with open(out_path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    print("wrote %s (%d operations, %d shapes)" %
          (out_path, len(model["operations"]), len(model["shapes"])))
    return 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="one service model JSON (default: every model in MODELS)")
    parser.add_argument("--out", help="C++ file to write for --model")
    parser.add_argument("--namespace", default="", help="namespace inside smsim::model for --model")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if an output is not up to date; write nothing")
    args = parser.parse_args(argv)

    if args.model:
        if not args.out:
            parser.error("--model needs --out")
        return run_one(args.model, args.out, args.namespace, args.check)
    status = 0
    for model_name, out_name, namespace in MODELS:
        status |= run_one(os.path.join(HERE, model_name), os.path.join(HERE, out_name), namespace,
                          args.check)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
