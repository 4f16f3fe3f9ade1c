-- Shared by the bench/wrk scripts: an awsJson1.0 request builder and a machine-readable summary
-- (one JSON line that bench.py parses) instead of wrk's human report.
local common = {}

function common.aws_json(target, body)
  wrk.method = "POST"
  wrk.path = "/"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
  wrk.headers["X-Amz-Target"] = "PinpointSMSVoiceV2." .. target
  wrk.headers["Authorization"] =
    "AWS4-HMAC-SHA256 Credential=123456789012/20250101/us-east-1/sms-voice/aws4_request, " ..
    "SignedHeaders=host;x-amz-target, Signature=0"
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "rps": %.1f, "p50_us": %d, "p99_us": %d, ' ..
    '"max_us": %d, "non2xx": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration, summary.requests / summary.duration * 1e6,
    latency:percentile(50), latency:percentile(99), latency.max, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end

return common
