#include "delivery/firehose_format.hpp"

#include <openssl/evp.h>

#include <cmath>
#include <nlohmann/json.hpp>

namespace smsim::delivery {

namespace {

std::string base64(const std::string& bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3), '\0');
  const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                      reinterpret_cast<const unsigned char*>(bytes.data()),
                                      static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(written));
  return out;
}

}  // namespace

// One record per request: each event is published (and retried) on its own.
HttpPost renderFirehoseRequest(const Notification& n) {
  const nlohmann::ordered_json body = {
      {"requestId", n.messageId},
      {"timestamp", std::llround(n.timestamp * 1000)},
      {"records", {{{"data", base64(n.payload)}}}},
  };
  return {body.dump(),
          "application/json",
          {{"X-Amz-Firehose-Protocol-Version", "1.0"},
           {"X-Amz-Firehose-Request-Id", n.messageId},
           {"X-Amz-Firehose-Source-Arn", n.channelArn}}};
}

}  // namespace smsim::delivery
