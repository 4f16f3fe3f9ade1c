#pragma once
// The web dashboard's files (control/dashboard/), compiled into the binary by CMake
// (simulator/embed_dashboard.cmake) so that /_smsim/ui/ needs no file on disk and no network.
#include <span>
#include <string_view>

namespace smsim::control {

struct DashboardAsset {
  std::string_view name;  // the file's name in control/dashboard/, e.g. "app.js"
  std::string_view body;
};

std::span<const DashboardAsset> dashboardAssets();

}  // namespace smsim::control
