#pragma once
// The scenario files `--scenario` names: a directory stands for every *.yaml, *.yml and *.json
// file in it (not its subdirectories), in name order, so a mounted folder of scenarios loads
// without listing each file.
#include <memory>
#include <string>
#include <vector>

#include "scenario/scenario.hpp"

namespace smsim::server {

// Files and directories, each directory replaced by its scenario files. Throws
// std::runtime_error for a path that does not exist or a directory without scenario files.
std::vector<std::string> expandScenarioPaths(const std::vector<std::string>& paths);

// Every scenario the paths name, read and checked; the first bad file throws (ScenarioError or
// std::runtime_error) before anything is applied, so a caller keeps what it had.
std::vector<std::shared_ptr<const scenario::Scenario>> readScenarioPaths(
    const std::vector<std::string>& paths);

}  // namespace smsim::server
