#pragma once
// A Firehose delivery stream's request to an HTTP endpoint destination: one JSON body with a
// request id, a timestamp in milliseconds and the records base64-encoded, plus Firehose's
// X-Amz-Firehose-* headers.
// https://docs.aws.amazon.com/firehose/latest/dev/httpdeliveryrequestresponse.html
#include "delivery/notification_formats.hpp"

namespace smsim::delivery {

HttpPost renderFirehoseRequest(const Notification& notification);

}  // namespace smsim::delivery
