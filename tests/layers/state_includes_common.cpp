// The state layer reaching down, as it may: built by layers_downward_include_builds, the control
// that shows the probe above fails for the include alone.
#include "common/api_paths.hpp"
#include "state/store.hpp"
