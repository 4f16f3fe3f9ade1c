#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

ServiceError ServiceError::validation(const std::string& reason, const std::string& message,
                                      std::vector<ValidationField> fields) {
  ServiceError error(error_type::kValidation, message);
  error.reason_ = reason;
  error.fields_ = std::move(fields);
  return error;
}

ServiceError ServiceError::invalidField(const std::string& reason, const std::string& field,
                                        const std::string& message) {
  return validation(reason, message, {{field, message}});
}

ServiceError ServiceError::resourceNotFound(const std::string& resourceType,
                                            const std::string& resourceId) {
  ServiceError error(error_type::kResourceNotFound,
                     "The " + resourceType + " '" + resourceId + "' does not exist.");
  error.resourceType_ = resourceType;
  error.resourceId_ = resourceId;
  return error;
}

ServiceError ServiceError::conflict(const std::string& reason, const std::string& resourceType,
                                    const std::string& resourceId, const std::string& message) {
  ServiceError error(error_type::kConflict, message);
  error.reason_ = reason;
  error.resourceType_ = resourceType;
  error.resourceId_ = resourceId;
  return error;
}

ServiceError ServiceError::quotaExceeded(const std::string& reason, const std::string& message) {
  ServiceError error(error_type::kServiceQuotaExceeded, message);
  error.reason_ = reason;
  return error;
}

}  // namespace smsim::sms_voice_v2
