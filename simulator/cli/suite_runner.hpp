#pragma once
// `smsim run` and `smsim validate`: each scenario file gets its own in-process smsim on a free
// port, with the file loaded; its steps are played over real HTTP to it, then its expectations
// are verified through POST /_smsim/verify, and the results are printed (and written as JUnit).
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "scenario/report.hpp"

namespace smsim::scenario {

// Plays one file; a file that does not load is a report with `error` set.
ScenarioReport runScenarioFile(const std::string& file);

struct SuiteOptions {
  std::optional<std::string> junitPath;
};

// Runs every file, prints a readable report ending in "N passed, N failed"; 0 when all passed.
int runSuite(const std::vector<std::string>& files, const SuiteOptions& options, std::ostream& out);
// Only reads and checks the files; 0 when all are valid.
int validateFiles(const std::vector<std::string>& files, std::ostream& out);

}  // namespace smsim::scenario
