#pragma once
// Everything an embedded or command-line smsim needs to start. One object, so the CLI, tests and
// (later) scenario files configure the same thing.
#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "smsim/account_tier.hpp"
#include "smsim/convoso_config.hpp"
#include "smsim/delivery_policy.hpp"

namespace smsim {

struct ServerConfig {
  std::string host = "127.0.0.1";
  int port = 4580;  // 0 picks a free port
  // Used when a request's SigV4 credential scope names no 12-digit account or no region.
  std::string defaultAccountId = "123456789012";
  std::string defaultRegion = "us-east-1";
  // The tier of every account and region on first use (`--account-tier`); a scenario seed can
  // set one scope's tier.
  AccountTier accountTier = AccountTier::Production;
  // Oldest journal entries are dropped beyond this, so a long soak can't grow memory.
  std::size_t journalCapacity = 10000;
  // And beyond this many bytes of request and response bodies: 10,000 pages of 100 records would
  // otherwise hold a quarter of a gigabyte.
  std::size_t journalMaxBytes = 64 * 1024 * 1024;
  // Likewise for the outbox of sent messages.
  std::size_t outboxCapacity = 10000;
  // Largest request body accepted; larger ones get a protocol error instead of being read.
  std::size_t maxBodyBytes = 1024 * 1024;
  // Connections served at once, each on its own thread (started on demand, retired when idle).
  // Past it, new connections wait and idle keep-alive connections are closed to make room.
  std::size_t maxConnections = 1024;
  // A request must arrive whole within this time of its first byte, so a client that sends a
  // byte at a time (slow loris) is dropped instead of holding a thread.
  std::chrono::milliseconds requestReadTimeout{10'000};
  // Inbound messages kept for GET /_smsim/inbound; older ones are evicted (and counted).
  std::size_t inboundLogCapacity = 10000;
  // Webhook deliveries: retries, timeouts, history and queue budgets.
  DeliveryPolicy delivery;
  // The emulated Convoso account: tokens, campaigns, allowed reasons and purposes, limits.
  ConvosoConfig convoso;
  // Scenario files loaded at start, in order (`smsim serve --scenario FILE`); a directory stands
  // for its *.yaml, *.yml and *.json files in name order. A broken one makes the Server
  // constructor throw.
  std::vector<std::string> scenarioFiles;
  // Phone numbers whose sequence state (`statePer: phoneNumber`) each scenario keeps; beyond it
  // the number met least recently starts over, so calls to ever new numbers can't grow memory.
  std::size_t scenarioNumberStates = 10000;
  // `--state-file`: the state scenario loaded at start (when the file exists, after the scenario
  // files) and written atomically when the server stops and on POST /_smsim/state/save.
  std::string stateFile;
  // `--admin-token`: when set, every /_smsim route but the health check and the dashboard's
  // static files requires `Authorization: Bearer <token>`.
  std::string adminToken;
  // `--verify-signatures`: AWS requests must carry a SigV4 signature made with one of
  // `accessKeys` (access key id -> secret access key); off by default.
  bool verifySignatures = false;
  std::map<std::string, std::string, std::less<>> accessKeys;
};

}  // namespace smsim
