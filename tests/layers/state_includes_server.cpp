// Deliberately wrong: the state layer reaching up into the server. Built only by the
// layers_upward_include_fails test, which passes when this fails to compile.
#include "server/simulator.hpp"
#include "state/store.hpp"
