// XML text escaping and element writing.
#include "protocols/aws_query/xml_writer.hpp"

#include "common/utf8.hpp"

namespace smsim::aws_query {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// XML 1.0's Char production: tab, line feed, carriage return and U+0020 upwards, without the
// noncharacters U+FFFE and U+FFFF.
bool isXmlChar(std::string_view sequence) {
  if (sequence.size() == 1) {
    const auto c = static_cast<unsigned char>(sequence[0]);
    return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
  }
  return sequence != "\xEF\xBF\xBE" && sequence != "\xEF\xBF\xBF";
}

}  // namespace

std::string escapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = utf8SequenceLength(text, at);
    if (length == 0) {
      out += kReplacement;
      ++at;
      continue;
    }
    const auto sequence = text.substr(at, length);
    at += length;
    if (!isXmlChar(sequence)) {
      out += kReplacement;
      continue;
    }
    switch (sequence[0]) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\r':  // a literal one would be read back as a line feed
        out += "&#xD;";
        break;
      default:
        out += sequence;
    }
  }
  return out;
}

XmlWriter::XmlWriter(std::string_view root, std::string_view xmlns) {
  out_.push_back('<');  // not `out_ = "<"`: GCC 12 sees a false -Wrestrict there
  out_ += root;
  if (!xmlns.empty()) {
    out_ += " xmlns=\"";
    out_ += escapeXml(xmlns);
    out_ += '"';
  }
  out_ += '>';
  open_.emplace_back(root);
}

void XmlWriter::open(std::string_view name) {
  out_ += '<';
  out_ += name;
  out_ += '>';
  open_.emplace_back(name);
}

void XmlWriter::close() {
  if (open_.empty()) return;
  out_ += "</";
  out_ += open_.back();
  out_ += '>';
  open_.pop_back();
}

void XmlWriter::element(std::string_view name, std::string_view text) {
  out_ += '<';
  out_ += name;
  out_ += '>';
  out_ += escapeXml(text);
  out_ += "</";
  out_ += name;
  out_ += '>';
}

std::string XmlWriter::finish() {
  while (!open_.empty()) close();
  return std::move(out_);
}

}  // namespace smsim::aws_query
