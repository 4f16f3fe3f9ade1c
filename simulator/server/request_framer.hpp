#pragma once
// Finds where one HTTP/1.1 request ends in the bytes read from a connection, before cpp-httplib
// parses it. cpp-httplib 0.11.4 reads a connection through a fresh buffer per request (so a
// pipelined second request is lost), reads chunked and length-less bodies whole and accepts any
// number of header lines. The framer bounds all of that before anything is read whole: the head
// (bytes and lines), the body (Content-Length or decoded chunks), and it hands cpp-httplib
// exactly one request, normalised to a Content-Length body. An SNS form body (on `/`) over
// cpp-httplib's fixed 8 KiB form limit is handed on too (see complete()).
#include <cstddef>
#include <string>
#include <string_view>

namespace smsim::server {

struct FramingLimits {
  std::size_t maxHeadBytes = 64 * 1024;  // request line and headers, up to the blank line
  std::size_t maxHeaderLines = 100;
  std::size_t maxBodyBytes = 1024 * 1024;
  std::size_t maxChunkLineBytes = 1024;  // a chunk-size line with its extensions
};

enum class FrameState {
  Incomplete,  // read more bytes and ask again
  Complete,    // request() is one whole request; consumed() bytes of the buffer are used
  Invalid,     // answer errorStatus() and close the connection
};

class RequestFramer {
 public:
  explicit RequestFramer(FramingLimits limits) : limits_(limits) {}

  // Looks at the bytes received so far on the connection (starting at the current request). Work
  // already done on a longer prefix is kept, so feeding a growing buffer costs linear time.
  FrameState frame(std::string_view buffer);

  // Forgets the current request once its consumed() bytes have left the buffer.
  void next();

  // After Complete: the request as cpp-httplib should read it, and how much of the buffer it took.
  std::string_view request(std::string_view buffer) const;
  std::size_t consumed() const { return consumed_; }

  // After Incomplete: the head is whole and asks for `100 Continue` before its body is sent.
  bool awaitsContinue() const { return headParsed_ && expectsContinue_ && !continueSent_; }
  void continueSent() { continueSent_ = true; }

  // After Invalid: the status to answer, and why.
  int errorStatus() const { return errorStatus_; }
  const std::string& error() const { return error_; }

  // The request line's method and target, once read (also for an Invalid frame, to choose the
  // error's format); empty when the request line was not reached.
  const std::string& method() const { return method_; }
  const std::string& target() const { return target_; }
  // True when nothing of a request has arrived yet (only blank lines, or nothing).
  bool started(std::string_view buffer) const;

 private:
  FrameState fail(int status, std::string message);
  FrameState parseHead(std::string_view buffer);
  FrameState readHeader(std::string_view line);
  FrameState decodeChunks(std::string_view buffer);
  FrameState complete(std::string_view buffer, std::size_t consumed);
  void normaliseHead(std::string_view buffer);

  FramingLimits limits_;
  bool headParsed_ = false;
  std::size_t headStart_ = 0;   // after blank lines that precede the request line
  std::size_t headLength_ = 0;  // up to and including the blank line
  std::size_t headerLines_ = 0;
  std::size_t contentLength_ = 0;
  bool hasContentLength_ = false;
  bool chunked_ = false;
  bool expectsContinue_ = false;
  bool continueSent_ = false;
  bool formBody_ = false;       // Content-Type as cpp-httplib spots a url-encoded form
  bool liftFormLimit_ = false;  // an SNS form body past cpp-httplib's limit: see complete()
  // Chunked bodies: where decoding stopped, what it produced, and whether the trailer is next.
  std::size_t chunkCursor_ = 0;
  std::size_t chunkRemaining_ = 0;
  bool inChunkData_ = false;
  bool inTrailer_ = false;
  std::string decodedBody_;
  // A head rewritten for cpp-httplib (chunked or Expect), followed by the decoded body.
  std::string rewritten_;
  std::size_t consumed_ = 0;
  int errorStatus_ = 0;
  std::string error_;
  std::string method_;
  std::string target_;
};

}  // namespace smsim::server
