#pragma once
// Where each API smsim speaks lives on the one port: what the bindings claim, what unknown routes
// fall under, and what scenario steps address.
#include <array>
#include <string_view>

namespace smsim::api_path {

// awsJson1.0: `POST /` with `X-Amz-Target: PinpointSMSVoiceV2.<Operation>`.
inline constexpr std::string_view kAwsJson = "/";
inline constexpr std::string_view kAwsTargetPrefix = "PinpointSMSVoiceV2.";
// Convoso: `/v1/<list>/<action>`.
inline constexpr std::string_view kConvosoPrefix = "/v1/";
// smsim's own control API.
inline constexpr std::string_view kControlPrefix = "/_smsim/";

// The certificate SNS messages are signed with (their SigningCertURL), served by the control API.
inline constexpr std::string_view kSnsSigningCertificate =
    "/_smsim/sns/SimpleNotificationService-smsim.pem";

// The `api` each binding journals its calls under (what GET /_smsim/requests?api= accepts).
inline constexpr std::array<std::string_view, 4> kApiNames = {"aws", "control", "convoso", "sns"};

}  // namespace smsim::api_path
