#pragma once
// Writes the small XML documents of the AWS query protocol: nested elements with text, nothing
// else (no attributes but the root's namespace). Every text is escaped so that any input a client
// sent comes back as a well-formed document: markup characters become entities, and what XML 1.0
// cannot carry at all (control characters, bytes that are not UTF-8) becomes U+FFFD.
#include <string>
#include <string_view>
#include <vector>

namespace smsim::aws_query {

// `text` escaped for an XML text node or attribute value.
std::string escapeXml(std::string_view text);

class XmlWriter {
 public:
  // Opens the root element, with `xmlns` when not empty.
  XmlWriter(std::string_view root, std::string_view xmlns);

  void open(std::string_view name);
  void close();
  // <name>escaped text</name>
  void element(std::string_view name, std::string_view text);
  // Closes whatever is open and returns the document.
  std::string finish();

 private:
  std::string out_;
  std::vector<std::string> open_;
};

}  // namespace smsim::aws_query
