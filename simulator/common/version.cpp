#include "smsim/server.hpp"

namespace smsim {

const char* version() { return SMSIM_VERSION; }

}  // namespace smsim
