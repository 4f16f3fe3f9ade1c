#include "server/scenario_files.hpp"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace smsim::server {

namespace {

bool isScenarioFile(const std::filesystem::path& path) {
  const auto extension = path.extension();
  return extension == ".yaml" || extension == ".yml" || extension == ".json";
}

}  // namespace

std::vector<std::string> expandScenarioPaths(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code error;
    if (!std::filesystem::is_directory(path, error)) {
      if (!std::filesystem::exists(path, error)) {
        throw std::runtime_error("scenario file " + path + " does not exist");
      }
      files.push_back(path);
      continue;
    }
    std::vector<std::string> inDirectory;
    for (const auto& entry : std::filesystem::directory_iterator(path)) {
      if (entry.is_regular_file() && isScenarioFile(entry.path())) {
        inDirectory.push_back(entry.path().string());
      }
    }
    if (inDirectory.empty()) {
      throw std::runtime_error("scenario directory " + path +
                               " holds no *.yaml, *.yml or *.json file");
    }
    std::sort(inDirectory.begin(), inDirectory.end());
    files.insert(files.end(), inDirectory.begin(), inDirectory.end());
  }
  return files;
}

std::vector<std::shared_ptr<const scenario::Scenario>> readScenarioPaths(
    const std::vector<std::string>& paths) {
  std::vector<std::shared_ptr<const scenario::Scenario>> scenarios;
  for (const auto& file : expandScenarioPaths(paths)) {
    scenarios.push_back(
        std::make_shared<const scenario::Scenario>(scenario::loadScenarioFile(file)));
  }
  return scenarios;
}

}  // namespace smsim::server
