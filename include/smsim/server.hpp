#pragma once
// The embeddable smsim server: start it in-process on port 0 from a test, read port(), drive it
// with any AWS SDK or HTTP client, stop it. The `smsim` executable is a thin CLI over this class.
#include <memory>
#include <string>

#include "smsim/clock.hpp"
#include "smsim/config.hpp"

namespace smsim {

class Server {
 public:
  explicit Server(ServerConfig config);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the socket and serves on a background thread; returns once connections are accepted.
  // Throws std::runtime_error when the address can't be bound.
  void start();
  // Stops accepting, finishes in-flight requests and joins the serving thread. Idempotent.
  void stop();
  // Reads ServerConfig::scenarioFiles again and loads them, replacing scenarios of the same name
  // and applying their seeds. Throws (naming the file) when one can't be read or is invalid; the
  // scenarios loaded before stay as they were.
  void reloadScenarioFiles();
  int port() const;
  std::string baseUrl() const;  // http://HOST:PORT
  Clock& clock();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

const char* version();

}  // namespace smsim
