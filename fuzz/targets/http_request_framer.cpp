// Fuzzes the transport's request framer: the bytes of a connection, fed whole and in pieces.
// Both ways must frame the same requests, never claim more bytes than were read, and hand on a
// request whose head ends in a blank line and whose body is no larger than the limit.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "server/request_framer.hpp"

namespace {

using smsim::server::FrameState;
using smsim::server::FramingLimits;
using smsim::server::RequestFramer;

FramingLimits limits() {
  FramingLimits limits;
  limits.maxHeadBytes = 4096;
  limits.maxHeaderLines = 20;
  limits.maxBodyBytes = 4096;
  return limits;
}

// Frames every request of `connection`, feeding it `step` bytes at a time; returns what each
// request handed on, separated by a marker, and how the connection ended.
std::string frameAll(std::string_view connection, std::size_t step) {
  RequestFramer framer(limits());
  std::string buffer;
  std::string framed;
  std::size_t fed = 0;
  while (true) {
    const auto state = framer.frame(buffer);
    if (state == FrameState::Invalid)
      return framed + "|invalid " + std::to_string(framer.errorStatus());
    if (state == FrameState::Complete) {
      if (framer.consumed() > buffer.size()) __builtin_trap();
      const auto request = framer.request(buffer);
      const auto headEnd = request.find("\r\n\r\n");
      if (headEnd == std::string_view::npos) __builtin_trap();
      if (request.size() - headEnd - 4 > limits().maxBodyBytes) __builtin_trap();
      framed += std::string(request) + "|next|";
      buffer.erase(0, framer.consumed());
      framer.next();
      continue;
    }
    if (fed == connection.size()) return framed + "|incomplete";
    const auto piece = connection.substr(fed, step);
    buffer += piece;
    fed += piece.size();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t step = 1 + data[0] % 64;
  const std::string_view connection(reinterpret_cast<const char*>(data) + 1, size - 1);
  const auto whole = frameAll(connection, connection.size() + 1);
  const auto pieces = frameAll(connection, step);
  if (whole != pieces) __builtin_trap();
  return 0;
}
