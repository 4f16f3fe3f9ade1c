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

// A batch's records in one request (see firehose_buffering.hpp), else the payload alone.
HttpPost renderFirehoseRequest(const Notification& n) {
  auto records = nlohmann::ordered_json::array();
  if (n.records.empty()) records.push_back({{"data", base64(n.payload)}});
  for (const auto& record : n.records) records.push_back({{"data", base64(record)}});
  const nlohmann::ordered_json body = {
      {"requestId", n.messageId},
      {"timestamp", std::llround(n.timestamp * 1000)},
      {"records", std::move(records)},
  };
  return {body.dump(),
          "application/json",
          {{"X-Amz-Firehose-Protocol-Version", "1.0"},
           {"X-Amz-Firehose-Request-Id", n.messageId},
           {"X-Amz-Firehose-Source-Arn", n.channelArn}}};
}

}  // namespace smsim::delivery
