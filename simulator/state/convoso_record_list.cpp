// A Convoso list and its indexes.
#include "state/convoso_record_list.hpp"

#include <algorithm>
#include <iterator>

#include "common/text.hpp"

namespace smsim::state {

namespace {

bool matchesQuery(const ConvosoRecord& record, const RecordQuery& query) {
  if (query.id && record.id != *query.id) return false;
  if (query.campaignId && record.campaignId != *query.campaignId) return false;
  if (query.phoneNumber && record.phoneNumber != *query.phoneNumber) return false;
  if (query.phoneCode && record.phoneCode != *query.phoneCode) return false;
  if (!query.reason.matches(record.reason) || !query.purpose.matches(record.purpose)) return false;
  if (query.insertedDuring && (record.insertedAt < query.insertedDuring->first ||
                               record.insertedAt >= query.insertedDuring->last)) {
    return false;
  }
  return true;
}

// How many of the query's filters are not served by an index (id, phone number, campaign).
bool hasUnindexedFilters(const RecordQuery& query) {
  return query.phoneCode || query.reason.match != TextFilter::Match::Any ||
         query.purpose.match != TextFilter::Match::Any || query.insertedDuring;
}

// Pages through candidate entries in id order. When the candidates are exactly the matches (one
// indexed filter and nothing else), the total is their count and only the page is read.
template <typename Candidates, typename RecordOf>
RecordPage pageThrough(const Candidates& candidates, RecordOf recordOf, const RecordQuery& query,
                       bool candidatesAreMatches) {
  RecordPage page;
  if (candidatesAreMatches) {
    page.total = candidates.size();
    if (query.offset >= page.total) return page;
    auto it = candidates.begin();
    std::advance(it, static_cast<std::ptrdiff_t>(query.offset));
    page.entriesVisited = query.offset;
    for (; it != candidates.end() && page.records.size() < query.limit; ++it) {
      page.records.push_back(recordOf(*it));
      ++page.entriesVisited;
    }
    return page;
  }
  for (const auto& candidate : candidates) {
    const ConvosoRecord& record = recordOf(candidate);
    ++page.entriesVisited;
    if (!matchesQuery(record, query)) continue;
    if (page.total >= query.offset && page.records.size() < query.limit) {
      page.records.push_back(record);
    }
    ++page.total;
  }
  return page;
}

}  // namespace

bool TextFilter::matches(const std::string& field) const {
  switch (match) {
    case Match::Any:
      return true;
    case Match::Blank:
      return field.empty();
    case Match::NotBlank:
      return !field.empty();
    case Match::Equals:
      return equalsIgnoringCase(field, value);
  }
  return true;
}

const ConvosoRecord& ConvosoRecordList::insert(ConvosoRecord record) {
  record.id = nextId_++;
  const auto [it, inserted] = records_.emplace(record.id, std::move(record));
  index(it->second);
  return it->second;
}

const ConvosoRecord* ConvosoRecordList::find(std::uint64_t id) const {
  const auto it = records_.find(id);
  return it == records_.end() ? nullptr : &it->second;
}

const ConvosoRecord* ConvosoRecordList::findExact(const std::string& phoneCode,
                                                  const std::string& phoneNumber,
                                                  long long campaignId) const {
  const auto ids = idsByPhoneNumber_.find(phoneNumber);
  if (ids == idsByPhoneNumber_.end()) return nullptr;
  for (const auto id : ids->second) {
    const auto& record = records_.at(id);
    if (record.phoneCode == phoneCode && record.campaignId == campaignId) return &record;
  }
  return nullptr;
}

void ConvosoRecordList::replace(const ConvosoRecord& updated) {
  auto& stored = records_.at(updated.id);
  unindex(stored);
  stored = updated;
  index(stored);
}

bool ConvosoRecordList::erase(std::uint64_t id) {
  const auto it = records_.find(id);
  if (it == records_.end()) return false;
  unindex(it->second);
  records_.erase(it);
  return true;
}

RecordPage ConvosoRecordList::search(const RecordQuery& query) const {
  const auto byId = [this](std::uint64_t id) -> const ConvosoRecord& { return records_.at(id); };
  if (query.id) {
    std::vector<std::uint64_t> candidates;
    if (records_.contains(*query.id)) candidates.push_back(*query.id);
    return pageThrough(candidates, byId, query, false);
  }
  if (query.phoneNumber) {
    const auto ids = idsByPhoneNumber_.find(*query.phoneNumber);
    if (ids == idsByPhoneNumber_.end()) return {};
    return pageThrough(ids->second, byId, query, !query.campaignId && !hasUnindexedFilters(query));
  }
  if (query.campaignId) {
    const auto ids = idsByCampaign_.find(*query.campaignId);
    if (ids == idsByCampaign_.end()) return {};
    return pageThrough(ids->second, byId, query, !hasUnindexedFilters(query));
  }
  return pageThrough(
      records_, [](const auto& entry) -> const ConvosoRecord& { return entry.second; }, query,
      !hasUnindexedFilters(query));
}

void ConvosoRecordList::clear() {
  records_.clear();
  idsByPhoneNumber_.clear();
  idsByCampaign_.clear();
  nextId_ = 1;
}

void ConvosoRecordList::index(const ConvosoRecord& record) {
  auto& phoneIds = idsByPhoneNumber_[record.phoneNumber];
  phoneIds.insert(std::upper_bound(phoneIds.begin(), phoneIds.end(), record.id), record.id);
  idsByCampaign_[record.campaignId].insert(record.id);
}

void ConvosoRecordList::unindex(const ConvosoRecord& record) {
  if (const auto phone = idsByPhoneNumber_.find(record.phoneNumber);
      phone != idsByPhoneNumber_.end()) {
    std::erase(phone->second, record.id);
    if (phone->second.empty()) idsByPhoneNumber_.erase(phone);
  }
  if (const auto campaign = idsByCampaign_.find(record.campaignId);
      campaign != idsByCampaign_.end()) {
    campaign->second.erase(record.id);
    if (campaign->second.empty()) idsByCampaign_.erase(campaign);
  }
}

}  // namespace smsim::state
