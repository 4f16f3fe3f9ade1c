#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

ServiceError ServiceError::validation(const std::string& reason, const std::string& message,
                                      nlohmann::json fields) {
  return {error_type::kValidation, message, {{"Reason", reason}, {"Fields", std::move(fields)}}};
}

ServiceError ServiceError::resourceNotFound(const std::string& resourceType,
                                            const std::string& resourceId) {
  return {error_type::kResourceNotFound,
          "The " + resourceType + " '" + resourceId + "' does not exist.",
          {{"ResourceType", resourceType}, {"ResourceId", resourceId}}};
}

ServiceError ServiceError::conflict(const std::string& reason, const std::string& resourceType,
                                    const std::string& resourceId, const std::string& message) {
  return {error_type::kConflict,
          message,
          {{"Reason", reason}, {"ResourceType", resourceType}, {"ResourceId", resourceId}}};
}

}  // namespace smsim::sms_voice_v2
