// The seed's batch import: one /sms-opt-out/insert per CSV row (form POST, with the seed's
// defaults for missing columns), then a paginated search that returns exactly the imported rows,
// read from `data.entries` or, in the community page's layout, from the top-level `records`.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "../../support/pcre_match.hpp"
#include "convoso_test_server.hpp"

namespace smsim {

inline std::string layoutName(ConvosoSearchLayout layout) {
  return layout == ConvosoSearchLayout::DataEntries ? "DataEntries" : "TopLevelRecords";
}

// GoogleTest prints the parameter with this (found by ADL in the enum's namespace).
inline void PrintTo(ConvosoSearchLayout layout, std::ostream* out) { *out << layoutName(layout); }

}  // namespace smsim

namespace smsim::convoso_test {
namespace {

using nlohmann::json;

constexpr const char* kInsertDate = R"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})";

struct CsvRow {
  std::map<std::string, std::string> fields;
  std::string get(const std::string& name, const std::string& fallback) const {
    const auto it = fields.find(name);
    return it == fields.end() ? fallback : it->second;
  }
};

// csv.DictReader for a file without quoting: the first line names the columns.
std::vector<CsvRow> readCsv(const std::string& path) {
  std::ifstream file(path);
  std::vector<std::string> header;
  std::vector<CsvRow> rows;
  std::string line;
  const auto split = [](const std::string& text) {
    std::vector<std::string> cells;
    std::stringstream stream(text);
    std::string cell;
    while (std::getline(stream, cell, ',')) cells.push_back(cell);
    return cells;
  };
  while (std::getline(file, line)) {
    if (line.empty()) continue;
    if (header.empty()) {
      header = split(line);
      continue;
    }
    const auto cells = split(line);
    CsvRow row;
    for (std::size_t i = 0; i < header.size() && i < cells.size(); ++i) {
      row.fields[header[i]] = cells[i];
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

class ConvosoImportTest : public testing::TestWithParam<ConvosoSearchLayout> {
 protected:
  ConvosoImportTest() {
    ConvosoConfig config;
    config.campaigns = {{111, "Sales Campaign", ""}};
    config.searchLayout = GetParam();
    server_ = std::make_unique<ConvosoTestServer>(config);
    rows_ = readCsv(std::string(SMSIM_CONVOSO_TEST_DATA_DIR) + "/sms_optouts.csv");
  }

  // The seed's loop, in C++: requests.post(url, data={...}).
  std::vector<json> importRows() {
    std::vector<json> replies;
    for (const auto& optout : rows_) {
      replies.push_back(server_
                            ->call(RequestForm::PostForm, "sms-opt-out/insert",
                                   {{"auth_token", kToken},
                                    {"phone_number", optout.get("phone", "")},
                                    {"phone_code", optout.get("code", "")},
                                    {"campaign_id", optout.get("campaign_id", "0")},
                                    {"reason", optout.get("reason", "Batch Import")},
                                    {"purpose", optout.get("purpose", "")}})
                            .body);
    }
    return replies;
  }

  // The page of a search answer: offset, limit, total and the entries, wherever the layout puts
  // them.
  static json pageOf(const json& answer) {
    if (GetParam() == ConvosoSearchLayout::DataEntries) return answer["data"];
    json page = answer;
    page.erase("success");
    page["entries"] = page["records"];
    page.erase("records");
    return page;
  }

  static constexpr const char* kToken = "abc123";
  std::unique_ptr<ConvosoTestServer> server_;
  std::vector<CsvRow> rows_;
};

TEST_P(ConvosoImportTest, SearchPagesReturnExactlyTheImportedRows) {
  ASSERT_EQ(rows_.size(), 50u);
  for (const auto& reply : importRows()) EXPECT_EQ(reply, json({{"success", true}}));

  constexpr int kPageSize = 20;
  constexpr int kMaxOffset = 1000;  // far past the end: a search that never ends fails instead
  std::vector<json> entries;
  for (int offset = 0; offset <= kMaxOffset; offset += kPageSize) {
    const auto page = server_->call(RequestForm::PostForm, "sms-opt-out/search",
                                    {{"auth_token", kToken},
                                     {"offset", std::to_string(offset)},
                                     {"limit", std::to_string(kPageSize)}});
    ASSERT_EQ(page.body["success"], true);
    const auto data = pageOf(page.body);
    EXPECT_EQ(data.size(), 4u) << data;  // offset, limit, total, entries: nothing else
    EXPECT_EQ(data["total"], 50);
    EXPECT_EQ(data["offset"], offset);
    EXPECT_EQ(data["limit"], kPageSize);
    const auto& pageEntries = data["entries"];
    entries.insert(entries.end(), pageEntries.begin(), pageEntries.end());
    if (pageEntries.size() < kPageSize) break;
  }
  ASSERT_EQ(entries.size(), rows_.size());
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    const auto& row = rows_[i];
    const auto& entry = entries[i];
    EXPECT_EQ(entry["id"], std::to_string(i + 1));
    EXPECT_EQ(entry["phone_number"], row.get("phone", ""));
    EXPECT_EQ(entry["phone_code"], row.get("code", ""));
    EXPECT_EQ(entry["campaign_id"], row.get("campaign_id", "0"));
    EXPECT_EQ(entry["campaign_name"],
              row.get("campaign_id", "0") == "111" ? "Sales Campaign" : "Global SMS Opt-Out");
    EXPECT_EQ(entry["reason"], row.get("reason", "Batch Import"));
    EXPECT_EQ(entry["purpose"], "");
    EXPECT_TRUE(test::pcreFullyMatches(kInsertDate, entry["insert_date"].get<std::string>()))
        << entry;
    EXPECT_EQ(entry.size(), 8u) << entry;
  }
}

TEST_P(ConvosoImportTest, CampaignLaunchFilterAndReimportDuplicates) {
  importRows();
  std::size_t campaignRows = 0;
  for (const auto& row : rows_) campaignRows += row.get("campaign_id", "0") == "111" ? 1 : 0;
  const auto campaign = server_->call(RequestForm::PostForm, "sms-opt-out/search",
                                      {{"auth_token", kToken}, {"campaign_id", "111"}});
  // Named, not iterated as pageOf(...)["entries"]: a range-for over a member of a temporary reads
  // it after the temporary is destroyed.
  const json campaignPage = pageOf(campaign.body);
  EXPECT_EQ(campaignPage.at("total"), campaignRows);
  for (const auto& entry : campaignPage.at("entries")) {
    EXPECT_EQ(entry["campaign_id"], "111");
  }
  // Running the import again fails each row as a duplicate and adds nothing.
  for (const auto& reply : importRows()) {
    EXPECT_EQ(reply, errorJson(6008, "The phone number already exists"));
  }
  const auto all = server_->call(RequestForm::Get, "sms-opt-out/search",
                                 {{"auth_token", kToken}, {"limit", "1"}});
  EXPECT_EQ(pageOf(all.body)["total"], 50);
}

INSTANTIATE_TEST_SUITE_P(BothSearchLayouts, ConvosoImportTest,
                         testing::Values(ConvosoSearchLayout::DataEntries,
                                         ConvosoSearchLayout::TopLevelRecords),
                         [](const auto& testInfo) { return layoutName(testInfo.param); });

}  // namespace
}  // namespace smsim::convoso_test
