// The state scenario's sections in order, webhook subscriptions, scripted outcomes, and the YAML
// writer.
#include "scenario/state_export.hpp"

#include <yaml-cpp/yaml.h>

#include <array>

namespace smsim::scenario {

namespace {

using SectionExporter = void (*)(const StateSource&, nlohmann::ordered_json&);

constexpr std::array<SectionExporter, 4> kStateSections = {
    exportAwsSeed,
    exportConvosoSeed,
    exportSubscriptionsSeed,
    exportOutcomesSeed,
};

void emit(YAML::Emitter& out, const nlohmann::ordered_json& value) {
  if ((value.is_object() || value.is_array()) && value.empty()) {
    out << YAML::Flow << (value.is_object() ? YAML::BeginMap : YAML::BeginSeq)
        << (value.is_object() ? YAML::EndMap : YAML::EndSeq);
  } else if (value.is_object()) {
    out << YAML::BeginMap;
    for (const auto& [key, item] : value.items()) {
      out << YAML::Key << key << YAML::Value;
      emit(out, item);
    }
    out << YAML::EndMap;
  } else if (value.is_array()) {
    out << YAML::BeginSeq;
    for (const auto& item : value) emit(out, item);
    out << YAML::EndSeq;
  } else if (value.is_string()) {
    // Double-quoted: a number such as "+14155550100" or a word such as "yes" stays a string.
    out << YAML::DoubleQuoted << value.get<std::string>();
  } else if (value.is_boolean()) {
    out << YAML::TrueFalseBool << value.get<bool>();
  } else if (value.is_number_integer()) {
    out << value.get<std::int64_t>();
  } else if (value.is_number()) {
    out << YAML::Precision(17) << value.get<double>();
  } else {
    out << YAML::Null;
  }
}

}  // namespace

void exportSubscriptionsSeed(const StateSource& source, nlohmann::ordered_json& seed) {
  auto subscriptions = nlohmann::ordered_json::array();
  for (const auto& subscription : source.dispatcher.subscriptions()) {
    nlohmann::ordered_json item = {{"channelArn", subscription.channelArn},
                                   {"endpoint", subscription.endpoint},
                                   {"format", subscription.format}};
    if (subscription.format == delivery::format::kFirehose) {
      item["bufferingHints"] = {{"intervalInSeconds", subscription.buffering.intervalSeconds},
                                {"sizeInMBs", subscription.buffering.sizeMiB}};
    }
    subscriptions.push_back(std::move(item));
  }
  if (!subscriptions.empty()) seed["subscriptions"] = std::move(subscriptions);
}

// Seeded or put with PUT /_smsim/outcomes, in the form `seed.outcomes` reads, oldest first (the
// newest match wins, so the order is kept).
void exportOutcomesSeed(const StateSource& source, nlohmann::ordered_json& seed) {
  const auto outcomes = source.store.messageEvents().outcomes();
  if (!outcomes.empty()) seed["outcomes"] = nlohmann::ordered_json(nlohmann::json(outcomes));
}

nlohmann::ordered_json exportState(const StateSource& source) {
  auto seed = nlohmann::ordered_json::object();
  for (const auto exporter : kStateSections) exporter(source, seed);
  return {{"name", kStateScenarioName},
          {"description", "smsim's state, written by GET /_smsim/state?format=scenario"},
          {"seed", std::move(seed)}};
}

std::string toYaml(const nlohmann::ordered_json& document) {
  YAML::Emitter out;
  emit(out, document);
  return std::string(out.c_str()) + "\n";
}

}  // namespace smsim::scenario
