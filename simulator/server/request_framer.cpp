#include "server/request_framer.hpp"

#include <algorithm>
#include <cctype>

#include "common/api_paths.hpp"
#include "common/http_status.hpp"
#include "common/text.hpp"

namespace smsim::server {

namespace {

constexpr std::string_view kLineEnd = "\r\n";
constexpr std::string_view kHeadEnd = "\r\n\r\n";
using namespace http_status;
// Raw bytes a chunked body may take on the wire per decoded byte (sizes, extensions, CRLFs):
// real clients send large chunks; a body of one-byte chunks with long extensions is refused.
constexpr std::size_t kChunkedWireFactor = 8;
constexpr std::size_t kMaxHexDigits = 15;  // keeps a chunk size within 60 bits
// cpp-httplib 0.11.4 (a shared library: its CPPHTTPLIB_FORM_URL_ENCODED_PAYLOAD_MAX_LENGTH is
// fixed at build time) answers 413 for an `application/x-www-form-urlencoded` body over 8 KiB.
// SNS takes messages of 256 KiB in such bodies, and its binding reads them itself.
constexpr std::size_t kCppHttplibFormLimit = 8192;
constexpr std::string_view kFormMediaType = "application/x-www-form-urlencoded";

std::string_view trimmed(std::string_view text) {
  const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  return text;
}

std::string_view headerName(std::string_view line) {
  const auto colon = line.find(':');
  return colon == std::string_view::npos ? std::string_view() : line.substr(0, colon);
}

bool isFramingHeader(std::string_view name) {
  return equalsIgnoringCase(name, "Content-Length") ||
         equalsIgnoringCase(name, "Transfer-Encoding") || equalsIgnoringCase(name, "Expect");
}

// cpp-httplib decodes no other coding, and a list ("gzip, chunked") would need one.
bool isPlainChunked(std::string_view value) {
  return equalsIgnoringCase(trimmed(value), "chunked");
}

}  // namespace

FrameState RequestFramer::fail(int status, std::string message) {
  errorStatus_ = status;
  error_ = std::move(message);
  return FrameState::Invalid;
}

bool RequestFramer::started(std::string_view buffer) const {
  return buffer.find_first_not_of(kLineEnd) != std::string_view::npos;
}

FrameState RequestFramer::frame(std::string_view buffer) {
  if (errorStatus_ != 0) return FrameState::Invalid;
  if (!headParsed_) {
    const auto state = parseHead(buffer);
    if (state != FrameState::Complete) return state;
  }
  const std::size_t bodyStart = headStart_ + headLength_;
  if (chunked_) return decodeChunks(buffer);
  if (buffer.size() - bodyStart < contentLength_) return FrameState::Incomplete;
  return complete(buffer, bodyStart + contentLength_);
}

// Complete here means "the head is whole and its framing headers are understood".
FrameState RequestFramer::parseHead(std::string_view buffer) {
  headStart_ = std::min(buffer.find_first_not_of(kLineEnd), buffer.size());
  if (headStart_ > limits_.maxHeadBytes) return fail(kBadRequest, "Too many blank lines.");
  const auto rest = buffer.substr(headStart_);
  const auto lineEnd = rest.find(kLineEnd);
  // Judged the same whether the bytes came at once or one by one: a request line of the limit's
  // length or more is too long once it has more bytes than the limit, CR included.
  if (lineEnd == std::string_view::npos ? rest.size() > limits_.maxHeadBytes
                                        : lineEnd >= limits_.maxHeadBytes) {
    return fail(kUriTooLong,
                "The request line exceeds " + std::to_string(limits_.maxHeadBytes) + " bytes.");
  }
  if (lineEnd == std::string_view::npos) return FrameState::Incomplete;
  if (method_.empty() && target_.empty()) {
    const auto requestLine = rest.substr(0, lineEnd);
    const auto methodEnd = requestLine.find(' ');
    method_ = std::string(requestLine.substr(0, methodEnd));
    if (methodEnd != std::string_view::npos) {
      const auto targetPart = requestLine.substr(methodEnd + 1);
      target_ = std::string(targetPart.substr(0, targetPart.find(' ')));
    }
  }
  const auto headEnd = rest.find(kHeadEnd);
  if (headEnd == std::string_view::npos || headEnd + kHeadEnd.size() > limits_.maxHeadBytes) {
    if (rest.size() > limits_.maxHeadBytes) {
      return fail(kHeaderFieldsTooLarge,
                  "The request headers exceed " + std::to_string(limits_.maxHeadBytes) + " bytes.");
    }
    return FrameState::Incomplete;
  }
  headLength_ = headEnd + kHeadEnd.size();

  auto lines = rest.substr(lineEnd + kLineEnd.size(), headEnd - lineEnd);
  while (!lines.empty()) {
    const auto end = lines.find(kLineEnd);
    const auto state = readHeader(lines.substr(0, end));
    if (state == FrameState::Invalid) return state;
    lines.remove_prefix(end == std::string_view::npos ? lines.size() : end + kLineEnd.size());
  }
  if (chunked_) {
    hasContentLength_ = false;  // Transfer-Encoding wins (RFC 9112 6.3): no smuggled length
    contentLength_ = 0;
    chunkCursor_ = headStart_ + headLength_;
  } else if (contentLength_ > limits_.maxBodyBytes) {
    return fail(kPayloadTooLarge,
                "Request body exceeds " + std::to_string(limits_.maxBodyBytes) + " bytes.");
  }
  headParsed_ = true;
  return FrameState::Complete;
}

FrameState RequestFramer::readHeader(std::string_view line) {
  if (++headerLines_ > limits_.maxHeaderLines) {
    return fail(
        kHeaderFieldsTooLarge,
        "A request may have at most " + std::to_string(limits_.maxHeaderLines) + " header lines.");
  }
  const auto name = headerName(line);
  if (name.empty()) return FrameState::Complete;  // cpp-httplib refuses or skips it
  const auto value = trimmed(line.substr(name.size() + 1));
  if (equalsIgnoringCase(name, "Content-Length")) {
    if (value.empty() || !std::all_of(value.begin(), value.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        })) {
      return fail(kBadRequest, "Content-Length is not a number.");
    }
    std::size_t length = 0;
    for (const char digit : value) {
      // Anything past the body limit is refused anyway: saturate instead of overflowing.
      length =
          std::min(length * 10 + static_cast<std::size_t>(digit - '0'), limits_.maxBodyBytes + 1);
    }
    if (hasContentLength_ && length != contentLength_) {
      return fail(kBadRequest, "Conflicting Content-Length headers.");
    }
    hasContentLength_ = true;
    contentLength_ = length;
  } else if (equalsIgnoringCase(name, "Transfer-Encoding")) {
    if (chunked_ || !isPlainChunked(value)) {
      return fail(kNotImplemented, "Only the chunked transfer coding is supported.");
    }
    chunked_ = true;
  } else if (equalsIgnoringCase(name, "Expect")) {
    expectsContinue_ = equalsIgnoringCase(value, "100-continue");
  } else if (equalsIgnoringCase(name, "Content-Type")) {
    formBody_ = value.starts_with(kFormMediaType);
  }
  return FrameState::Complete;
}

FrameState RequestFramer::decodeChunks(std::string_view buffer) {
  const std::size_t bodyStart = headStart_ + headLength_;
  const std::size_t maxWireBytes = limits_.maxBodyBytes * kChunkedWireFactor + limits_.maxHeadBytes;
  std::size_t pos = chunkCursor_;
  while (true) {
    if (pos - bodyStart > maxWireBytes) {
      return fail(kPayloadTooLarge, "Chunked request body exceeds " +
                                        std::to_string(limits_.maxBodyBytes) + " bytes.");
    }
    if (inChunkData_) {
      const std::size_t take = std::min(buffer.size() - pos, chunkRemaining_);
      decodedBody_.append(buffer.substr(pos, take));
      pos += take;
      chunkRemaining_ -= take;
      if (chunkRemaining_ > 0 || buffer.size() - pos < kLineEnd.size()) break;
      if (buffer.substr(pos, kLineEnd.size()) != kLineEnd) {
        return fail(kBadRequest, "Chunk data is not followed by CRLF.");
      }
      pos += kLineEnd.size();
      inChunkData_ = false;
      continue;
    }
    const auto lineEnd = buffer.find(kLineEnd, pos);
    // As for the request line: the same verdict for bytes that came at once or one by one.
    if (lineEnd == std::string_view::npos ? buffer.size() - pos > limits_.maxChunkLineBytes + 1
                                          : lineEnd - pos > limits_.maxChunkLineBytes) {
      return fail(kBadRequest, "A chunk-size or trailer line is too long.");
    }
    if (lineEnd == std::string_view::npos) break;
    const auto line = buffer.substr(pos, lineEnd - pos);
    pos = lineEnd + kLineEnd.size();
    if (inTrailer_) {
      if (line.empty()) return complete(buffer, pos);
      if (++headerLines_ > limits_.maxHeaderLines) {
        return fail(kHeaderFieldsTooLarge, "Too many trailer lines.");
      }
      continue;
    }
    const auto digits = trimmed(line.substr(0, line.find(';')));
    if (digits.empty() || digits.size() > kMaxHexDigits ||
        !std::all_of(digits.begin(), digits.end(),
                     [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); })) {
      return fail(kBadRequest, "Invalid chunk size.");
    }
    const std::size_t size = std::stoull(std::string(digits), nullptr, 16);
    if (size > limits_.maxBodyBytes - decodedBody_.size()) {
      return fail(kPayloadTooLarge, "Chunked request body exceeds " +
                                        std::to_string(limits_.maxBodyBytes) + " bytes.");
    }
    if (size == 0) {
      inTrailer_ = true;
    } else {
      chunkRemaining_ = size;
      inChunkData_ = true;
    }
  }
  chunkCursor_ = pos;
  return FrameState::Incomplete;
}

FrameState RequestFramer::complete(std::string_view buffer, std::size_t consumed) {
  consumed_ = consumed;
  const std::size_t bodySize = chunked_ ? decodedBody_.size() : contentLength_;
  const auto path = std::string_view(target_).substr(0, target_.find('?'));
  liftFormLimit_ = formBody_ && bodySize > kCppHttplibFormLimit && path == api_path::kAwsJson;
  if (chunked_ || expectsContinue_ || liftFormLimit_) normaliseHead(buffer);
  return FrameState::Complete;
}

// The head without its framing headers, with the body's length, then the body: what cpp-httplib
// reads for a chunked request, or one that asked for 100 Continue (answered by the transport).
void RequestFramer::normaliseHead(std::string_view buffer) {
  const std::size_t bodyStart = headStart_ + headLength_;
  auto lines = buffer.substr(headStart_, headLength_ - kLineEnd.size());
  rewritten_.clear();
  while (!lines.empty()) {
    const auto end = lines.find(kLineEnd);
    const auto line = lines.substr(0, end);
    const auto name = headerName(line);
    const auto value = name.empty() ? std::string_view() : trimmed(line.substr(name.size() + 1));
    if (liftFormLimit_ && equalsIgnoringCase(name, "Content-Type") &&
        value.starts_with(kFormMediaType)) {
      // The same media type (their names are case-insensitive, RFC 9110 section 8.3.1) in a case
      // cpp-httplib does not compare equal, so it hands the body on instead of answering 413.
      rewritten_ += "Content-Type: A";
      rewritten_ += value.substr(1);
      rewritten_ += kLineEnd;
    } else if (!isFramingHeader(name)) {
      rewritten_ += line;
      rewritten_ += kLineEnd;
    }
    lines.remove_prefix(end == std::string_view::npos ? lines.size() : end + kLineEnd.size());
  }
  const auto body =
      chunked_ ? std::string_view(decodedBody_) : buffer.substr(bodyStart, contentLength_);
  rewritten_ += "Content-Length: " + std::to_string(body.size());
  rewritten_ += kHeadEnd;
  rewritten_ += body;
}

void RequestFramer::next() {
  const FramingLimits limits = limits_;
  *this = RequestFramer(limits);
}

std::string_view RequestFramer::request(std::string_view buffer) const {
  if (!rewritten_.empty()) return rewritten_;
  return buffer.substr(headStart_, consumed_ - headStart_);
}

}  // namespace smsim::server
