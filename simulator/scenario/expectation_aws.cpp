// AWS state at the end: `optedOut` / `notOptedOut` (a number on a list or not) and `optOutList`
// (a list exists or not, and how many numbers it holds).
#include "common/aws_names.hpp"
#include "scenario/expectation.hpp"

namespace smsim::scenario {

namespace {

struct ScopeOption {
  std::optional<std::string> accountId;
  std::optional<std::string> region;

  state::AccountScope resolve(const ExpectationSource& source) const {
    return {accountId.value_or(source.defaults.accountId), region.value_or(source.defaults.region)};
  }
  std::string describe() const {
    if (!accountId && !region) return "";
    return " (" + accountId.value_or("default account") + ", " + region.value_or("default region") +
           ")";
  }
};

ScopeOption readScope(YamlMap& map) {
  ScopeOption scope;
  if (auto account = map.get("account")) scope.accountId = account->string();
  if (auto region = map.get("region")) scope.region = region->string();
  return scope;
}

class OptedOutExpectation : public Expectation {
 public:
  bool wantOptedOut = true;
  std::string number;
  std::string list = aws_names::kDefaultOptOutListName;
  std::optional<bool> endUserOptedOut;
  ScopeOption scope;

  ExpectationResult evaluate(const ExpectationSource& source) const override {
    return source.store.withAccount(scope.resolve(source), [&](state::AccountState& account) {
      const auto found = account.optOutLists.find(list);
      if (found == account.optOutLists.end()) {
        return ExpectationResult{!wantOptedOut, "there is no opt-out list " + list};
      }
      const auto entry = found->second.numbers.find(number);
      if (entry == found->second.numbers.end()) {
        return ExpectationResult{!wantOptedOut, number + " is not on " + list};
      }
      const bool endUser = entry->second.endUserOptedOut;
      const auto detail =
          number + " is on " + list + " (endUserOptedOut " + (endUser ? "true" : "false") + ")";
      if (!wantOptedOut) return ExpectationResult{false, detail};
      return ExpectationResult{!endUserOptedOut || *endUserOptedOut == endUser, detail};
    });
  }
};

class OptOutListExpectation : public Expectation {
 public:
  std::string list;
  bool exists = true;
  std::optional<std::uint64_t> size;
  ScopeOption scope;

  ExpectationResult evaluate(const ExpectationSource& source) const override {
    return source.store.withAccount(scope.resolve(source), [&](state::AccountState& account) {
      const auto found = account.optOutLists.find(list);
      if (found == account.optOutLists.end()) {
        return ExpectationResult{!exists, "there is no opt-out list " + list};
      }
      const auto count = found->second.numbers.size();
      return ExpectationResult{exists && (!size || *size == count),
                               list + " exists with " + std::to_string(count) + " numbers"};
    });
  }
};

}  // namespace

std::shared_ptr<Expectation> readOptedOutExpectation(YamlMap& item, bool wantOptedOut) {
  auto expectation = std::make_shared<OptedOutExpectation>();
  expectation->wantOptedOut = wantOptedOut;
  auto fields = item.require(wantOptedOut ? "optedOut" : "notOptedOut").map();
  expectation->number = fields.require("number").string();
  if (auto list = fields.get("list")) expectation->list = list->string();
  if (wantOptedOut) {
    if (auto endUser = fields.get("endUserOptedOut"))
      expectation->endUserOptedOut = endUser->boolean();
  }
  expectation->scope = readScope(fields);
  fields.rejectUnknownKeys();
  expectation->name = expectation->number + (wantOptedOut ? " is on " : " is not on ") +
                      "opt-out list " + expectation->list + expectation->scope.describe();
  if (expectation->endUserOptedOut) {
    expectation->name +=
        std::string(" with endUserOptedOut ") + (*expectation->endUserOptedOut ? "true" : "false");
  }
  return expectation;
}

std::shared_ptr<Expectation> readOptOutListExpectation(YamlMap& item) {
  auto expectation = std::make_shared<OptOutListExpectation>();
  auto fields = item.require("optOutList").map();
  expectation->list = fields.require("name").string();
  if (auto exists = fields.get("exists")) expectation->exists = exists->boolean();
  if (auto size = fields.get("size")) {
    expectation->size = static_cast<std::uint64_t>(size->integer(0, INT64_MAX));
  }
  expectation->scope = readScope(fields);
  fields.rejectUnknownKeys();
  expectation->name = "opt-out list " + expectation->list + expectation->scope.describe() +
                      (expectation->exists ? " exists" : " does not exist");
  if (expectation->size)
    expectation->name += " with " + std::to_string(*expectation->size) + " numbers";
  return expectation;
}

}  // namespace smsim::scenario
