// Status: the result of an operation that can fail on bad input or I/O.
// Errors are values, never exceptions; the message names the file and position.
#ifndef KG_BASE_STATUS_H_
#define KG_BASE_STATUS_H_

#include <string>
#include <utility>

namespace kg {

/// The outcome of an operation: ok, or an error kind with a message.
class Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidInput, kIoError, kUnsupported };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  /// "ok", or the message prefixed by the kind ("invalid input: f.txt: ...").
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace kg

#endif  // KG_BASE_STATUS_H_
