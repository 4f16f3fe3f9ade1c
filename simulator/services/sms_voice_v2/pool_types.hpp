#pragma once
// Requests and results of the pool operations: CreatePool, DescribePools, UpdatePool, DeletePool,
// AssociateOriginationIdentity, DisassociateOriginationIdentity, ListPoolOriginationIdentities.
#include <optional>
#include <string>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"
#include "services/sms_voice_v2/phone_number_types.hpp"
#include "services/sms_voice_v2/tag_types.hpp"

namespace smsim::sms_voice_v2 {

struct PoolInformation : OriginationSettingsInformation {
  std::string poolArn;
  std::string poolId;
  std::string status;
  bool sharedRoutesEnabled = false;
  double createdTimestamp = 0;  // epoch seconds
};

struct CreatePoolRequest {
  std::string originationIdentity;  // phone number id or ARN, SenderId or its ARN
  std::string isoCountryCode;
  std::string messageType;
  bool deletionProtectionEnabled = false;
  std::vector<Tag> tags;
};
struct CreatePoolResult : PoolInformation {
  std::vector<Tag> tags;
};

struct DescribePoolsRequest {
  std::vector<std::string> poolIds;  // ids or ARNs
  std::vector<Filter> filters;
  std::optional<std::string> owner;  // resource_owner::kSelf when absent
  PageParameters page;
};
struct DescribePoolsResult {
  std::vector<PoolInformation> pools;
  std::optional<std::string> nextToken;
};

struct UpdatePoolRequest {
  std::string poolId;  // id or ARN
  OriginationSettingsUpdate settings;
  std::optional<bool> sharedRoutesEnabled;
};
using UpdatePoolResult = PoolInformation;

struct DeletePoolRequest {
  std::string poolId;  // id or ARN
};
using DeletePoolResult = PoolInformation;

// A phone number or sender ID joining or leaving a pool.
struct PoolAssociationRequest {
  std::string poolId;               // id or ARN
  std::string originationIdentity;  // phone number id or ARN, SenderId or its ARN
  std::string isoCountryCode;
};
struct PoolAssociationResult {
  std::string poolArn;
  std::string poolId;
  std::string originationIdentityArn;
  std::string originationIdentity;  // the PhoneNumberId or SenderId
  std::string isoCountryCode;
};
using AssociateOriginationIdentityRequest = PoolAssociationRequest;
using AssociateOriginationIdentityResult = PoolAssociationResult;
using DisassociateOriginationIdentityRequest = PoolAssociationRequest;
using DisassociateOriginationIdentityResult = PoolAssociationResult;

struct OriginationIdentityMetadata {
  std::string originationIdentityArn;
  std::string originationIdentity;  // the PhoneNumberId or SenderId
  std::string isoCountryCode;
  std::vector<std::string> numberCapabilities;
  std::string phoneNumber;  // empty for a sender ID
};

struct ListPoolOriginationIdentitiesRequest {
  std::string poolId;  // id or ARN
  std::vector<Filter> filters;
  PageParameters page;
};
struct ListPoolOriginationIdentitiesResult {
  std::string poolArn;
  std::string poolId;
  std::vector<OriginationIdentityMetadata> originationIdentities;
  std::optional<std::string> nextToken;
};

}  // namespace smsim::sms_voice_v2
