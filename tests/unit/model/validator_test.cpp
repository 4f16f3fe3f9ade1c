#include "model/validator.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "../../support/pcre_match.hpp"
#include "model/service_model.hpp"

namespace smsim::model {
namespace {

using nlohmann::json;

constexpr const char* kValidation = "ValidationException";
constexpr const char* kSerialization = "SerializationException";
constexpr const char* kField = "FIELD_VALIDATION_FAILED";
constexpr const char* kMissing = "MISSING_PARAMETER";

struct Case {
  const char* name;
  const char* operation;
  const char* body;
  const char* errorType = "";  // "" = the input is valid
  const char* reason = "";
  std::string message = "";
  std::vector<std::pair<std::string, std::string>> fields = {};  // checked when not empty
};

std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.name; }

class ValidatorCase : public ::testing::TestWithParam<Case> {};

TEST_P(ValidatorCase, MatchesAws) {
  const Case& c = GetParam();
  const json input = json::parse(c.body);
  const auto error = validateInput(c.operation, input);
  if (std::string(c.errorType).empty()) {
    EXPECT_FALSE(error.has_value()) << error->message;
    return;
  }
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->errorType, c.errorType);
  EXPECT_EQ(error->reason, c.reason);
  EXPECT_EQ(error->message, c.message);
  if (std::string(c.errorType) == kSerialization) {
    EXPECT_TRUE(error->fields.empty());
  }
  if (!c.fields.empty()) {
    ASSERT_EQ(error->fields.size(), c.fields.size());
    for (std::size_t i = 0; i < c.fields.size(); ++i) {
      EXPECT_EQ(error->fields[i].name, c.fields[i].first);
      EXPECT_EQ(error->fields[i].message, c.fields[i].second);
    }
  }
}

const std::string kOne = "1 validation error detected: ";
const std::string kPhonePattern =
    R"(Member must satisfy regular expression pattern: \+?[1-9][0-9]{1,18})";

std::string at(const std::string& value, const std::string& path, const std::string& constraint) {
  return "Value '" + value + "' at '" + path + "' failed to satisfy constraint: " + constraint;
}
std::string atNull(const std::string& path) {
  return "Value null at '" + path + "' failed to satisfy constraint: Member must not be null";
}
std::string atNoValue(const std::string& path, const std::string& constraint) {
  return "Value at '" + path + "' failed to satisfy constraint: " + constraint;
}

// clang-format off
const Case kCases[] = {
    // --- PutOptedOutNumber: required members, length, pattern -------------------------------
    {"PutOptedOutNumberValid", "PutOptedOutNumber",
     R"({"OptOutListName": "Default", "OptedOutNumber": "+14255550100"})"},
    {"PutOptedOutNumberArnAndNoPlus", "PutOptedOutNumber",
     R"({"OptOutListName": "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Default",
         "OptedOutNumber": "14255550100"})"},
    {"PhonePatternViolation", "PutOptedOutNumber",
     R"({"OptOutListName": "Default", "OptedOutNumber": "+0123"})",
     kValidation, kField, kOne + at("+0123", "optedOutNumber", kPhonePattern),
     {{"optedOutNumber", kPhonePattern}}},
    {"MissingRequired", "PutOptedOutNumber", R"({"OptOutListName": "Default"})",
     kValidation, kMissing, kOne + atNull("optedOutNumber"),
     {{"optedOutNumber", "Member must not be null"}}},
    {"NullCountsAsAbsent", "PutOptedOutNumber",
     R"({"OptOutListName": "Default", "OptedOutNumber": null})",
     kValidation, kMissing, kOne + atNull("optedOutNumber")},
    {"AllRequiredMissing", "PutOptedOutNumber", "{}", kValidation, kMissing,
     "2 validation errors detected: " + atNull("optOutListName") + "; " +
         atNull("optedOutNumber"),
     {{"optOutListName", "Member must not be null"},
      {"optedOutNumber", "Member must not be null"}}},
    {"EmptyStringBreaksLengthAndPattern", "PutOptedOutNumber",
     R"({"OptOutListName": "Default", "OptedOutNumber": ""})", kValidation, kField,
     "2 validation errors detected: " +
         at("", "optedOutNumber", "Member must have length greater than or equal to 1") + "; " +
         at("", "optedOutNumber", kPhonePattern)},
    {"TooLongAndPattern", "PutOptedOutNumber",
     R"({"OptOutListName": "Default", "OptedOutNumber": "+1234567890123456789012"})",
     kValidation, kField,
     "2 validation errors detected: " +
         at("+1234567890123456789012", "optedOutNumber",
            "Member must have length less than or equal to 20") + "; " +
         at("+1234567890123456789012", "optedOutNumber", kPhonePattern)},
    {"MissingAndInvalidTogetherIsMissingParameter", "PutOptedOutNumber",
     R"({"OptedOutNumber": "abc"})", kValidation, kMissing,
     "2 validation errors detected: " + atNull("optOutListName") + "; " +
         at("abc", "optedOutNumber", kPhonePattern)},
    {"UnknownMembersIgnored", "PutOptedOutNumber",
     R"({"OptOutListName": "Default", "OptedOutNumber": "+14255550100", "Bogus": [1, {"x": 2}],
         "optedOutNumber": 5, "Extra": null})"},

    // --- CreateOptOutList: name pattern/length, Tags (list of structures) ---------------------
    {"CreateOptOutListValidWithTags", "CreateOptOutList",
     R"({"OptOutListName": "marketing_list-1",
         "Tags": [{"Key": "team", "Value": "growth"}, {"Key": "empty", "Value": ""}],
         "ClientToken": "token-1"})"},
    {"OptOutListNamePattern", "CreateOptOutList", R"({"OptOutListName": "my list"})",
     kValidation, kField,
     kOne + at("my list", "optOutListName",
               "Member must satisfy regular expression pattern: [A-Za-z0-9_-]+")},
    {"OptOutListNameTooLong", "CreateOptOutList",
     R"({"OptOutListName": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})",
     kValidation, kField,
     kOne + at(std::string(65, 'a'), "optOutListName",
               "Member must have length less than or equal to 64")},
    {"TagsNestedViolations", "CreateOptOutList",
     R"({"OptOutListName": "list",
         "Tags": [{"Key": "k", "Value": "v"}, {"Value": "v2"}, {"Key": "", "Value": "x"}]})",
     kValidation, kMissing,
     "3 validation errors detected: " + atNull("tags.2.member.key") + "; " +
         at("", "tags.3.member.key", "Member must have length greater than or equal to 1") +
         "; " + at("", "tags.3.member.key", "Member must satisfy regular expression pattern: .+"),
     {{"tags.2.member.key", "Member must not be null"},
      {"tags.3.member.key", "Member must have length greater than or equal to 1"},
      {"tags.3.member.key", "Member must satisfy regular expression pattern: .+"}}},
    {"TagValueMissing", "CreateOptOutList",
     R"({"OptOutListName": "list", "Tags": [{"Key": "k"}]})", kValidation, kMissing,
     kOne + atNull("tags.1.member.value")},
    {"TagNullElement", "CreateOptOutList", R"({"OptOutListName": "list", "Tags": [null]})",
     kValidation, kField, kOne + atNull("tags.1.member")},
    {"TagKeyNewlineBreaksDotPattern", "CreateOptOutList",
     R"({"OptOutListName": "list", "Tags": [{"Key": "a\nb", "Value": "v"}]})", kValidation,
     kField,
     kOne + at("a\nb", "tags.1.member.key",
               "Member must satisfy regular expression pattern: .+")},
    {"TagKeyCarriageReturnBreaksDotPattern", "CreateOptOutList",
     R"({"OptOutListName": "list", "Tags": [{"Key": "a\rb", "Value": "v"}]})", kValidation,
     kField,
     kOne + at("a\rb", "tags.1.member.key",
               "Member must satisfy regular expression pattern: .+")},
    {"TagsNotAList", "CreateOptOutList", R"({"OptOutListName": "list", "Tags": "x"})",
     kSerialization, "", "Expected list or null"},
    {"TagsObjectInsteadOfList", "CreateOptOutList", R"({"OptOutListName": "list", "Tags": {}})",
     kSerialization, "", "Start of structure or map found where not expected."},
    {"TagElementNotAStructure", "CreateOptOutList",
     R"({"OptOutListName": "list", "Tags": ["k=v"]})", kSerialization, "", "Expected null"},
    {"SerializationWinsOverValidation", "CreateOptOutList",
     R"({"OptOutListName": "bad name!", "Tags": [{"Key": 1, "Value": "v"}]})", kSerialization,
     "", "NUMBER_VALUE can not be converted to a String"},
    {"StringGivenNumber", "CreateOptOutList", R"({"OptOutListName": 123})", kSerialization, "",
     "NUMBER_VALUE can not be converted to a String"},
    {"StringGivenFalse", "CreateOptOutList", R"({"OptOutListName": false})", kSerialization, "",
     "FALSE_VALUE can not be converted to a String"},
    {"StringGivenList", "CreateOptOutList", R"({"OptOutListName": ["a"]})", kSerialization, "",
     "Start of list found where not expected"},

    // --- DescribeOptedOutNumbers: MaxResults range, filters, list sizes ----------------------
    {"DescribeValid", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "OptedOutNumbers": ["+14255550100"],
         "Filters": [{"Name": "end-user-opted-out", "Values": ["true"]}],
         "NextToken": "abc", "MaxResults": 100})"},
    {"MaxResultsLowest", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "MaxResults": 1})"},
    {"MaxResultsZero", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "MaxResults": 0})", kValidation, kField,
     kOne + at("0", "maxResults", "Member must have value greater than or equal to 1"),
     {{"maxResults", "Member must have value greater than or equal to 1"}}},
    {"MaxResultsTooHigh", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "MaxResults": 101})", kValidation, kField,
     kOne + at("101", "maxResults", "Member must have value less than or equal to 100")},
    {"MaxResultsNegative", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "MaxResults": -5})", kValidation, kField,
     kOne + at("-5", "maxResults", "Member must have value greater than or equal to 1")},
    {"MaxResultsFractionTruncated", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "MaxResults": 100.9})"},
    {"MaxResultsFractionTruncatedToZero", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "MaxResults": 0.5})", kValidation, kField,
     kOne + at("0", "maxResults", "Member must have value greater than or equal to 1")},
    {"MaxResultsString", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "MaxResults": "10"})", kSerialization, "",
     "STRING_VALUE can not be converted to an Integer"},
    {"MaxResultsTrue", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "MaxResults": true})", kSerialization, "",
     "TRUE_VALUE can not be converted to an Integer"},
    {"MaxResultsList", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "MaxResults": [1]})", kSerialization, "",
     "Start of list found where not expected"},
    {"MaxResultsObject", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "MaxResults": {"a": 1}})", kSerialization, "",
     "Start of structure or map found where not expected."},
    {"MaxResultsBeyondJavaInt", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "MaxResults": 2147483648})", kSerialization, "",
     "NUMBER_VALUE can not be converted to an Integer"},
    {"FilterNameEnum", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "Filters": [{"Name": "bogus", "Values": ["true"]}]})",
     kValidation, kField,
     kOne + at("bogus", "filters.1.member.name",
               "Member must satisfy enum value set: [end-user-opted-out]")},
    {"FilterValuesEmpty", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "Filters": [{"Name": "end-user-opted-out", "Values": []}]})",
     kValidation, kField,
     kOne + atNoValue("filters.1.member.values",
                      "Member must have length greater than or equal to 1")},
    {"FilterValuesMissing", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "Filters": [{"Name": "end-user-opted-out"}]})",
     kValidation, kMissing, kOne + atNull("filters.1.member.values")},
    {"FilterValuePattern", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default",
         "Filters": [{"Name": "end-user-opted-out", "Values": ["true", "no way"]}]})",
     kValidation, kField,
     kOne + at("no way", "filters.1.member.values.2.member",
               "Member must satisfy regular expression pattern: [/\\.:A-Za-z0-9+_-]+")},
    {"TooManyOptedOutNumbers", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default",
         "OptedOutNumbers": ["+12065550100", "+12065550101", "+12065550102", "+12065550103",
                             "+12065550104", "+12065550105"]})",
     kValidation, kField,
     kOne + atNoValue("optedOutNumbers", "Member must have length less than or equal to 5")},
    {"OptedOutNumberElementPattern", "DescribeOptedOutNumbers",
     R"({"OptOutListName": "Default", "OptedOutNumbers": ["+12065550100", "+0"]})",
     kValidation, kField, kOne + at("+0", "optedOutNumbers.2.member", kPhonePattern)},

    // --- SendTextMessage: enums, maps, look-ahead patterns, booleans --------------------------
    {"SendTextMessageValid", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "OriginationIdentity": "+12065550100",
         "MessageBody": "Hello\nworld", "MessageType": "TRANSACTIONAL", "MaxPrice": "0.05",
         "TimeToLive": 300, "DryRun": true, "MessageFeedbackEnabled": false,
         "Context": {"campaign": "spring sale", "k2": "v"},
         "DestinationCountryParameters": {"IN_ENTITY_ID": "1234", "IN_TEMPLATE_ID": "5678"}})"},
    {"MessageTypeEnum", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "MessageType": "BULK"})", kValidation, kField,
     kOne + at("BULK", "messageType",
               "Member must satisfy enum value set: [TRANSACTIONAL, PROMOTIONAL]")},
    {"MessageTypeEnumIsCaseSensitive", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "MessageType": "transactional"})",
     kValidation, kField,
     kOne + at("transactional", "messageType",
               "Member must satisfy enum value set: [TRANSACTIONAL, PROMOTIONAL]")},
    {"BlankMessageBody", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "MessageBody": " \n\t"})", kValidation,
     kField,
     kOne + at(" \n\t", "messageBody",
               "Member must satisfy regular expression pattern: (?!\\s*$)[\\s\\S]+")},
    {"TimeToLiveBelowMinimum", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "TimeToLive": 4})", kValidation, kField,
     kOne + at("4", "timeToLive", "Member must have value greater than or equal to 5")},
    {"MaxPriceShortAndPattern", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "MaxPrice": "1"})", kValidation, kField,
     "2 validation errors detected: " +
         at("1", "maxPrice", "Member must have length greater than or equal to 2") + "; " +
         at("1", "maxPrice",
            "Member must satisfy regular expression pattern: [0-9]{0,2}\\.[0-9]{1,5}")},
    {"DryRunString", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "DryRun": "true"})", kSerialization, "",
     "STRING_VALUE can not be converted to an Boolean"},
    {"BooleanNumber", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "MessageFeedbackEnabled": 1})",
     kSerialization, "", "NUMBER_VALUE can not be converted to a Boolean"},
    {"ContextKeyPattern", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "Context": {"bad key": "v", "ok": "v"}})",
     kValidation, kField,
     kOne + atNoValue("context",
                      "Map keys must satisfy constraint: [Member must have length less than or "
                      "equal to 100, Member must have length greater than or equal to 1, Member "
                      "must satisfy regular expression pattern: \\S+]"),
     {{"context",
       "Map keys must satisfy constraint: [Member must have length less than or equal to 100, "
       "Member must have length greater than or equal to 1, Member must satisfy regular "
       "expression pattern: \\S+]"}}},
    {"ContextValueLookBehind", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "Context": {"a": "x ", "b": " y"}})",
     kValidation, kField,
     kOne + atNoValue("context",
                      "Map value must satisfy constraint: [Member must have length less than or "
                      "equal to 800, Member must have length greater than or equal to 1, Member "
                      "must satisfy regular expression pattern: (?!\\s)^[\\s\\S]+(?<!\\s)]")},
    {"ContextValueInnerWhitespaceOk", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "Context": {"a": "x y", "b": "l1\nl2"}})"},
    {"ContextValueNull", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "Context": {"a": null}})", kValidation,
     kField,
     kOne + atNoValue("context",
                      "Map value must satisfy constraint: [Member must have length less than or "
                      "equal to 800, Member must have length greater than or equal to 1, Member "
                      "must satisfy regular expression pattern: (?!\\s)^[\\s\\S]+(?<!\\s), "
                      "Member must not be null]")},
    {"ContextKeysAndValuesBothBad", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "Context": {"k k": "", "x": " v"}})",
     kValidation, kField,
     "2 validation errors detected: " +
         atNoValue("context",
                   "Map keys must satisfy constraint: [Member must have length less than or "
                   "equal to 100, Member must have length greater than or equal to 1, Member "
                   "must satisfy regular expression pattern: \\S+]") + "; " +
         atNoValue("context",
                   "Map value must satisfy constraint: [Member must have length less than or "
                   "equal to 800, Member must have length greater than or equal to 1, Member "
                   "must satisfy regular expression pattern: (?!\\s)^[\\s\\S]+(?<!\\s)]")},
    {"ContextTooManyEntries", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100",
         "Context": {"a": "1", "b": "2", "c": "3", "d": "4", "e": "5", "f": "6"}})",
     kValidation, kField,
     kOne + atNoValue("context", "Member must have length less than or equal to 5")},
    {"ContextValueNumber", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "Context": {"a": 1}})", kSerialization, "",
     "NUMBER_VALUE can not be converted to a String"},
    {"ContextNotAMap", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "Context": "a=1"})", kSerialization, "",
     "Expected map or null"},
    {"ContextList", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "Context": []})", kSerialization, "",
     "Start of list found where not expected"},
    {"DestinationCountryParametersEnumKey", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100",
         "DestinationCountryParameters": {"IN_ENTITY_ID": "1", "XX": "2"}})",
     kValidation, kField,
     kOne + atNoValue("destinationCountryParameters",
                      "Map keys must satisfy constraint: [Member must satisfy enum value set: "
                      "[IN_TEMPLATE_ID, IN_ENTITY_ID]]")},
    {"DestinationCountryParametersValue", "SendTextMessage",
     R"({"DestinationPhoneNumber": "+14255550100",
         "DestinationCountryParameters": {"IN_ENTITY_ID": "1 2"}})",
     kValidation, kField,
     kOne + atNoValue("destinationCountryParameters",
                      "Map value must satisfy constraint: [Member must have length less than or "
                      "equal to 64, Member must have length greater than or equal to 1, Member "
                      "must satisfy regular expression pattern: \\S+]")},

    // --- The whole value must match, alternations included --------------------------------
    {"AlternationSecondBranch", "UpdateRcsAgent",
     R"({"RcsAgentId": "agent-1", "TwoWayMediaS3Role": "UNSET_RCS_MEDIA_CONFIGURATION",
         "TwoWayMediaS3BucketName": "UNSET_RCS_MEDIA_CONFIGURATION"})"},
    {"AlternationFirstBranch", "UpdateRcsAgent",
     R"({"RcsAgentId": "agent-1", "TwoWayMediaS3Role": "arn:aws:iam::123456789012:role/r",
         "TwoWayMediaS3BucketName": "my.bucket-1"})"},
    {"AlternationNeedsWholeValue", "UpdateRcsAgent",
     R"({"RcsAgentId": "agent-1", "TwoWayMediaS3Role": "UNSET_RCS_MEDIA_CONFIGURATION_X"})",
     kValidation, kField,
     kOne + at("UNSET_RCS_MEDIA_CONFIGURATION_X", "twoWayMediaS3Role",
               "Member must satisfy regular expression pattern: "
               "(arn:\\S+|UNSET_RCS_MEDIA_CONFIGURATION)")},
    {"PrefixMatchIsNotEnough", "SendNotifyTextMessage",
     R"({"NotifyConfigurationId": "nc-1", "DestinationPhoneNumber": "+14255550100",
         "TemplateVariables": {"code": "1234"}, "TemplateId": "ab cd"})",
     kValidation, kField,
     kOne + at("ab cd", "templateId",
               "Member must satisfy regular expression pattern: "
               "([A-Za-z0-9_-]*|UNSET_DEFAULT_TEMPLATE)")},
    {"EmptyValueMatchesStarBranch", "SendNotifyTextMessage",
     R"({"NotifyConfigurationId": "nc-1", "DestinationPhoneNumber": "+14255550100",
         "TemplateVariables": {}, "TemplateId": ""})"},
    {"SuffixMatchIsNotEnough", "UpdateRcsAgent",
     R"({"RcsAgentId": "agent-1", "TwoWayMediaS3BucketName": "-bucket"})", kValidation, kField,
     kOne + at("-bucket", "twoWayMediaS3BucketName",
               "Member must satisfy regular expression pattern: "
               "([a-z0-9][a-z0-9.-]*[a-z0-9]|UNSET_RCS_MEDIA_CONFIGURATION)")},

    // --- Unicode: lengths count code points; values echo verbatim ------------------------------
    {"UnicodeKeywordAtMax", "PutKeyword",
     R"({"OriginationIdentity": "phone-0123456789abcdef",
         "Keyword": "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
         "KeywordMessage": "Bienvenue, réponse: ARRÊT"})"},
    {"UnicodeKeywordOverMax", "PutKeyword",
     R"({"OriginationIdentity": "phone-0123456789abcdef",
         "Keyword": "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
         "KeywordMessage": "hi"})",
     kValidation, kField,
     kOne + at("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", "keyword",
               "Member must have length less than or equal to 30")},

    // --- Unions ---------------------------------------------------------------------------
    {"UnionOneMember", "SendRcsMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "OriginationIdentity": "agent-1",
         "RcsMessageContent": {"Content": {"TextMessage": {"Body": "hi"}, "RichCard": null}}})"},
    {"UnionNoMember", "SendRcsMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "OriginationIdentity": "agent-1",
         "RcsMessageContent": {"Content": {}}})",
     kValidation, kField,
     kOne + atNoValue("rcsMessageContent.content", "Member must have exactly one member set")},
    {"UnionTwoMembers", "SendRcsMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "OriginationIdentity": "agent-1",
         "RcsMessageContent": {"Content": {
             "TextMessage": {"Body": "hi"},
             "RichCard": {"CardOrientation": "VERTICAL", "CardContent": {}}}}})",
     kValidation, kField,
     kOne + atNoValue("rcsMessageContent.content", "Member must have exactly one member set")},
    {"UnionMemberValidatedToo", "SendRcsMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "OriginationIdentity": "agent-1",
         "RcsMessageContent": {"Content": {"TextMessage": {}}}})",
     kValidation, kMissing, kOne + atNull("rcsMessageContent.content.textMessage.body")},
    {"StructureGivenString", "SendRcsMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "OriginationIdentity": "agent-1",
         "RcsMessageContent": "hi"})",
     kSerialization, "", "Expected null"},

    // --- Doubles, deep nesting --------------------------------------------------------------
    {"DoubleInRange", "SendRcsMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "OriginationIdentity": "agent-1",
         "RcsMessageContent": {"Content": {"TextMessage": {"Body": "hi"}},
           "Suggestions": [{"ShowLocation": {"Text": "Map", "PostbackData": "p",
                                             "Latitude": -90, "Longitude": 179.5}}]}})"},
    {"DoubleAboveMaximum", "SendRcsMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "OriginationIdentity": "agent-1",
         "RcsMessageContent": {"Content": {"TextMessage": {"Body": "hi"}},
           "Suggestions": [{"Reply": {"Text": "Yes", "PostbackData": "y"}},
                           {"ShowLocation": {"Text": "Map", "PostbackData": "p",
                                             "Latitude": 91, "Longitude": -180.25}}]}})",
     kValidation, kField,
     "2 validation errors detected: " +
         at("91.0", "rcsMessageContent.suggestions.2.member.showLocation.latitude",
            "Member must have value less than or equal to 90.0") + "; " +
         at("-180.25", "rcsMessageContent.suggestions.2.member.showLocation.longitude",
            "Member must have value greater than or equal to -180.0")},
    {"DoubleGivenString", "SendRcsMessage",
     R"({"DestinationPhoneNumber": "+14255550100", "OriginationIdentity": "agent-1",
         "RcsMessageContent": {"Content": {"TextMessage": {"Body": "hi"}},
           "Suggestions": [{"ShowLocation": {"Text": "Map", "PostbackData": "p",
                                             "Latitude": "1", "Longitude": 1}}]}})",
     kSerialization, "", "STRING_VALUE can not be converted to a Double"},

    // --- Longs ------------------------------------------------------------------------------
    {"LongAtMaximum", "SetTextMessageSpendLimitOverride", R"({"MonthlyLimit": 1000000000})"},
    {"LongAboveMaximum", "SetTextMessageSpendLimitOverride", R"({"MonthlyLimit": 1000000001})",
     kValidation, kField,
     kOne + at("1000000001", "monthlyLimit",
               "Member must have value less than or equal to 1000000000")},
    {"LongNegative", "SetTextMessageSpendLimitOverride", R"({"MonthlyLimit": -1})", kValidation,
     kField, kOne + at("-1", "monthlyLimit", "Member must have value greater than or equal to 0")},
    {"LongBeyondJavaLong", "SetTextMessageSpendLimitOverride",
     R"({"MonthlyLimit": 10000000000000000000})", kSerialization, "",
     "NUMBER_VALUE can not be converted to a Long"},
    {"LongGivenString", "SetTextMessageSpendLimitOverride", R"({"MonthlyLimit": "5"})",
     kSerialization, "", "STRING_VALUE can not be converted to a Long"},
    {"LongMissing", "SetTextMessageSpendLimitOverride", "{}", kValidation, kMissing,
     kOne + atNull("monthlyLimit")},

    // --- Booleans, timestamps, blobs, maps of structures --------------------------------------
    {"BooleanValid", "CreatePool",
     R"({"OriginationIdentity": "phone-0123456789abcdef", "MessageType": "PROMOTIONAL",
         "DeletionProtectionEnabled": false})"},
    // The model has no '+' in PhoneOrSenderIdOrArn: CreatePool takes ids and ARNs, not numbers.
    {"CreatePoolRejectsE164", "CreatePool",
     R"({"OriginationIdentity": "+12065550100", "MessageType": "PROMOTIONAL"})", kValidation,
     kField,
     kOne + at("+12065550100", "originationIdentity",
               "Member must satisfy regular expression pattern: [A-Za-z0-9_:/-]+")},
    {"TimestampNumber", "PutProtectConfigurationRuleSetNumberOverride",
     R"({"ProtectConfigurationId": "pc-1", "DestinationPhoneNumber": "+14255550100",
         "Action": "ALLOW", "ExpirationTimestamp": 1700000000.5})"},
    {"TimestampString", "PutProtectConfigurationRuleSetNumberOverride",
     R"({"ProtectConfigurationId": "pc-1", "DestinationPhoneNumber": "+14255550100",
         "Action": "ALLOW", "ExpirationTimestamp": "2024-01-01T00:00:00Z"})",
     kSerialization, "", "STRING_VALUE can not be converted to a Timestamp"},
    {"BlobValid", "CreateRegistrationAttachment", R"({"AttachmentBody": "aGVsbG8="})"},
    {"BlobEmpty", "CreateRegistrationAttachment", R"({"AttachmentBody": ""})", kValidation,
     kField,
     kOne + atNoValue("attachmentBody", "Member must have length greater than or equal to 1")},
    {"BlobNotBase64", "CreateRegistrationAttachment", R"({"AttachmentBody": "abc"})",
     kSerialization, "",
     "'abc' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 "
     "bytes but found: 3"},
    {"BlobBadCharacter", "CreateRegistrationAttachment", R"({"AttachmentBody": "ab*d"})",
     kSerialization, "", "'ab*d' can not be converted to a Blob: Invalid Base64 character: '*'"},
    {"MapOfStructuresValid", "UpdateProtectConfigurationCountryRuleSet",
     R"({"ProtectConfigurationId": "pc-1", "NumberCapability": "SMS",
         "CountryRuleSetUpdates": {"US": {"ProtectStatus": "ALLOW"},
                                   "CA": {"ProtectStatus": "BLOCK"}}})"},
    {"MapOfStructuresMemberMissing", "UpdateProtectConfigurationCountryRuleSet",
     R"({"ProtectConfigurationId": "pc-1", "NumberCapability": "SMS",
         "CountryRuleSetUpdates": {"US": {}}})",
     kValidation, kMissing, kOne + atNull("countryRuleSetUpdates.US.member.protectStatus")},
    {"MapOfStructuresEnum", "UpdateProtectConfigurationCountryRuleSet",
     R"({"ProtectConfigurationId": "pc-1", "NumberCapability": "SMS",
         "CountryRuleSetUpdates": {"US": {"ProtectStatus": "DENY"}}})",
     kValidation, kField,
     kOne + at("DENY", "countryRuleSetUpdates.US.member.protectStatus",
               "Member must satisfy enum value set: [ALLOW, BLOCK, MONITOR, FILTER]")},
    {"MapOfStructuresBadKey", "UpdateProtectConfigurationCountryRuleSet",
     R"({"ProtectConfigurationId": "pc-1", "NumberCapability": "SMS",
         "CountryRuleSetUpdates": {"usa": {"ProtectStatus": "ALLOW"}}})",
     kValidation, kField,
     kOne + atNoValue("countryRuleSetUpdates",
                      "Map keys must satisfy constraint: [Member must have length less than or "
                      "equal to 2, Member must have length greater than or equal to 2, Member "
                      "must satisfy regular expression pattern: [A-Z]{2}]")},
    {"MapTooSmall", "UpdateProtectConfigurationCountryRuleSet",
     R"({"ProtectConfigurationId": "pc-1", "NumberCapability": "SMS",
         "CountryRuleSetUpdates": {}})",
     kValidation, kField,
     kOne + atNoValue("countryRuleSetUpdates",
                      "Member must have length greater than or equal to 1")},
    {"NonEmptyTagListEmpty", "TagResource",
     R"({"ResourceArn": "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-1", "Tags": []})",
     kValidation, kField,
     kOne + atNoValue("tags", "Member must have length greater than or equal to 1")},
    {"ArnTooShort", "TagResource",
     R"({"ResourceArn": "arn:x", "Tags": [{"Key": "k", "Value": "v"}]})", kValidation, kField,
     kOne + at("arn:x", "resourceArn", "Member must have length greater than or equal to 20")},
};
// clang-format on

INSTANTIATE_TEST_SUITE_P(Model, ValidatorCase, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& param) {
                           return std::string(param.param.name);
                         });

// ------------------------------------------------------------------------------------------------

TEST(Validator, UnknownOperation) {
  EXPECT_FALSE(isKnownOperation("NoSuchOperation"));
  EXPECT_FALSE(isKnownOperation("putOptedOutNumber"));  // case-sensitive, like X-Amz-Target
  EXPECT_FALSE(isKnownOperation(""));
  EXPECT_TRUE(isKnownOperation("PutOptedOutNumber"));
  EXPECT_TRUE(isKnownOperation("AssociateOriginationIdentity"));  // first
  EXPECT_TRUE(isKnownOperation("VerifyDestinationNumber"));       // last
  EXPECT_FALSE(validateInput("NoSuchOperation", json::object()).has_value());
}

TEST(Validator, ModelTables) {
  EXPECT_EQ(operationCount(), 109u);
  EXPECT_EQ(shapes().size(), 583u);
  const auto ops = operations();
  for (std::size_t i = 1; i < ops.size(); ++i) EXPECT_LT(ops[i - 1].name, ops[i].name);
  const Operation* op = findOperation("PutOptedOutNumber");
  ASSERT_NE(op, nullptr);
  const ShapeDef& input = shape(op->input);
  EXPECT_EQ(input.name, "PutOptedOutNumberRequest");
  ASSERT_EQ(input.memberDefs().size(), 2u);
  EXPECT_EQ(input.memberDefs()[1].name, "OptedOutNumber");
  EXPECT_EQ(input.memberDefs()[1].pathName, "optedOutNumber");
  EXPECT_TRUE(input.memberDefs()[1].required);
  const ShapeDef* phone = findShape("PhoneNumber");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->type, ShapeType::kString);
  EXPECT_EQ(phone->min, 1);
  EXPECT_EQ(phone->max, 20);
  EXPECT_EQ(patterns()[static_cast<std::size_t>(phone->pattern)], R"(\+?[1-9][0-9]{1,18})");
  const ShapeDef* content = findShape("RcsContent");
  ASSERT_NE(content, nullptr);
  EXPECT_TRUE(content->isUnion);
  EXPECT_EQ(findShape("NoSuchShape"), nullptr);
}

TEST(Validator, TooManyTags) {
  json input = {{"OptOutListName", "list"}, {"Tags", json::array()}};
  for (int i = 0; i < 201; ++i) input["Tags"].push_back({{"Key", "k"}, {"Value", "v"}});
  const auto error = validateInput("CreateOptOutList", input);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->message,
            kOne + atNoValue("tags", "Member must have length less than or equal to 200"));
  input["Tags"].erase(input["Tags"].begin());
  EXPECT_FALSE(validateInput("CreateOptOutList", input).has_value());
}

TEST(Validator, UnicodeLengthCountsCodePoints) {
  // 256 two-byte characters (512 bytes) fit TagValue's max of 256; 257 don't.
  std::string value;
  for (int i = 0; i < 256; ++i) value += "é";
  json input = {{"OptOutListName", "list"}, {"Tags", {{{"Key", "k"}, {"Value", value}}}}};
  EXPECT_FALSE(validateInput("CreateOptOutList", input).has_value());
  value += "é";
  input["Tags"][0]["Value"] = value;
  const auto error = validateInput("CreateOptOutList", input);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->message, kOne + at(value, "tags.1.member.value",
                                      "Member must have length less than or equal to 256"));
}

TEST(Validator, ReportsAtMostTenViolations) {
  json input = {{"OptOutListName", "list"}, {"Tags", json::array()}};
  for (int i = 0; i < 12; ++i) input["Tags"].push_back({{"Key", ""}, {"Value", "v"}});
  const auto error = validateInput("CreateOptOutList", input);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->fields.size(), 10u);
  EXPECT_EQ(error->message.rfind("10 validation errors detected: ", 0), 0u) << error->message;
  EXPECT_EQ(error->fields[9].name, "tags.5.member.key");
}

TEST(Validator, SerializationErrorAfterTenViolationsStillWins) {
  json input = {{"OptOutListName", "list"}, {"Tags", json::array()}};
  for (int i = 0; i < 12; ++i) input["Tags"].push_back({{"Key", ""}, {"Value", "v"}});
  input["Tags"].push_back({{"Key", "k"}, {"Value", 7}});
  const auto error = validateInput("CreateOptOutList", input);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->errorType, kSerialization);
  EXPECT_EQ(error->message, "NUMBER_VALUE can not be converted to a String");
}

TEST(Validator, ConcurrentUseIsSafe) {
  const json bad = json::parse(R"({"OptOutListName": "Default", "OptedOutNumber": "+0123"})");
  const json good =
      json::parse(R"({"OptOutListName": "Default", "OptedOutNumber": "+14255550100"})");
  const std::string expected = kOne + at("+0123", "optedOutNumber", kPhonePattern);
  std::vector<std::thread> threads;
  std::vector<int> failures(8, 0);
  threads.reserve(failures.size());
  for (int& threadFailures : failures) {  // one counter per thread: no two threads share one
    threads.emplace_back([&bad, &good, &expected, &threadFailures] {
      for (int i = 0; i < 2000; ++i) {
        const auto e = validateInput("PutOptedOutNumber", bad);
        if (!e || e->message != expected) ++threadFailures;
        if (validateInput("PutOptedOutNumber", good)) ++threadFailures;
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

// ------------------------------------------------------------------------------------------------
// Every operation accepts the smallest input its model allows: its required members (one member
// of a union), each list/map with its minimum number of entries, each value a plausible sample.
// Samples are chosen with the tests' own PCRE2 match (tests/support), not the validator's compiled
// table, so a mistake in how the validator wraps or compiles a pattern still shows.

std::size_t codePoints(const std::string& s) {
  std::size_t n = 0;
  for (const unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

const std::vector<std::string>& sampleStrings() {
  static const std::vector<std::string> samples = {
      "abc",
      "+12065550100",
      "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-1",
      "US",
      "Hello world",
      "12345",
      "0.05",
      "s3://bucket-name/key.pdf",
      "https://example.com/file.pdf",
      "en-US",
      "a",
      "SMS_A",
      "{}",
  };
  return samples;
}

std::string sampleFor(const ShapeDef& s) {
  if (s.enumCount > 0) return std::string(s.enums()[0]);
  for (const std::string& candidate : sampleStrings()) {
    const auto length = static_cast<std::int64_t>(codePoints(candidate));
    if (s.hasMin && length < s.min) continue;
    if (s.hasMax && length > s.max) continue;
    if (s.pattern >= 0 &&
        !test::pcreFullyMatches(patterns()[static_cast<std::size_t>(s.pattern)], candidate)) {
      continue;
    }
    return candidate;
  }
  ADD_FAILURE() << "no sample string fits shape " << s.name;
  return "abc";
}

json minimalValue(const ShapeDef& s) {
  switch (s.type) {
    case ShapeType::kStructure: {
      json out = json::object();
      for (const MemberDef& m : s.memberDefs()) {
        if (m.required || (s.isUnion && out.empty()))
          out[std::string(m.name)] = minimalValue(shape(m.shape));
      }
      return out;
    }
    case ShapeType::kList: {
      json out = json::array();
      for (std::int64_t i = 0; i < (s.hasMin ? s.min : 0); ++i) {
        out.push_back(minimalValue(shape(s.listMember)));
      }
      return out;
    }
    case ShapeType::kMap: {
      json out = json::object();
      if (s.hasMin && s.min > 0) out[sampleFor(shape(s.mapKey))] = minimalValue(shape(s.mapValue));
      return out;
    }
    case ShapeType::kString:
      return sampleFor(s);
    case ShapeType::kInteger:
    case ShapeType::kLong:
      return s.hasMin ? s.min : (s.hasMax && s.max < 0 ? s.max : 0);
    case ShapeType::kDouble:
      return s.hasMin ? static_cast<double>(s.min) : 0.0;
    case ShapeType::kBoolean:
      return true;
    case ShapeType::kTimestamp:
      return 1700000000;
    case ShapeType::kBlob:
      return "aGVsbG8=";
  }
  return nullptr;
}

TEST(Validator, EveryOperationAcceptsItsMinimalInput) {
  std::size_t checked = 0;
  for (const Operation& op : operations()) {
    ASSERT_NE(op.input, kNoShape) << op.name;
    const json input = minimalValue(shape(op.input));
    const auto error = validateInput(op.name, input);
    EXPECT_FALSE(error.has_value()) << op.name << " " << input.dump() << ": " << error->message;
    ++checked;
  }
  EXPECT_EQ(checked, 109u);
}

TEST(Validator, EveryOperationRejectsEmptyInputIffItHasRequiredMembers) {
  for (const Operation& op : operations()) {
    const ShapeDef& input = shape(op.input);
    bool anyRequired = false;
    std::vector<std::string> expectedFields;
    for (const MemberDef& m : input.memberDefs()) {
      if (m.required) {
        anyRequired = true;
        expectedFields.emplace_back(m.pathName);
      }
    }
    const auto error = validateInput(op.name, json::object());
    ASSERT_EQ(error.has_value(), anyRequired) << op.name;
    if (!error) continue;
    EXPECT_EQ(error->reason, kMissing) << op.name;
    std::vector<std::string> names;
    for (const FieldViolation& f : error->fields) names.push_back(f.name);
    if (expectedFields.size() > 10) expectedFields.resize(10);
    EXPECT_EQ(names, expectedFields) << op.name;
  }
}

TEST(Validator, NullMembersAreDroppedAtEveryDepth) {
  json input = json::parse(
      R"({"OptOutListName":"Default","NextToken":null,"Filters":[{"Name":"end-user-opted-out",)"
      R"("Values":["true"],"Extra":null}],"MaxResults":null})");
  EXPECT_EQ(validateInput("DescribeOptedOutNumbers", input), std::nullopt);
  dropNullMembers(input);
  EXPECT_EQ(input, json::parse(R"({"OptOutListName":"Default","Filters":[{"Name":)"
                               R"("end-user-opted-out","Values":["true"]}]})"));
}

}  // namespace
}  // namespace smsim::model
