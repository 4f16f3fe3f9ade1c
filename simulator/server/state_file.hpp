#pragma once
// `--state-file`: the state scenario on disk. Read at start (when the file exists) and written on
// shutdown and on POST /_smsim/state/save, always whole: a temporary file beside it is written,
// flushed and renamed over it, so a crash mid-write leaves the previous file, never half of one.
#include <optional>
#include <string>

#include "scenario/scenario.hpp"

namespace smsim::server {

// The file's scenario, or nullopt when there is no file yet; a broken file throws ScenarioError
// (file, line, column) like any scenario file.
std::optional<scenario::Scenario> readStateFile(const std::string& path);

// Replaces `path` with `text` atomically; throws std::runtime_error naming the path and the reason.
void writeStateFile(const std::string& path, const std::string& text);

}  // namespace smsim::server
