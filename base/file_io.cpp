#include "base/file_io.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

#include "base/utf8.h"

namespace kg {
namespace fs = std::filesystem;

namespace {

// Closes a file descriptor when it goes out of scope.
class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() { ::close(fd_); }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;

 private:
  int fd_;
};

// Reads `fd` to its end into `data`, which is sized to the bytes expected (the file's size;
// 0 when it has none, as for pipes) and grows or shrinks to what was read. False: a read
// failed, errno says why.
bool ReadToEnd(int fd, std::string* data) {
  size_t have = 0;
  char overflow[4096];  // for bytes past the expected size
  for (;;) {
    const bool inside = have < data->size();
    char* into = inside ? &(*data)[have] : overflow;
    const size_t room = inside ? data->size() - have : sizeof overflow;
    const ssize_t n = ::read(fd, into, room);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) break;
    if (!inside) data->append(overflow, static_cast<size_t>(n));
    have += static_cast<size_t>(n);
  }
  data->resize(have);
  return true;
}

}  // namespace

// One open, fstat and read per file, into the caller's string: the corpus reader's cost
// per document is the bytes, not the stream machinery or a fresh allocation.
Status ReadFile(const std::string& path, std::string* contents) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 && (errno == ENOENT || errno == ENOTDIR)) return Status::NotFound(path + ": no such file");
  if (fd < 0) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  const FdCloser closer(fd);
  struct stat st {};
  if (::fstat(fd, &st) != 0) return Status::IoError(path + ": read failed: " + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) return Status::IoError(path + ": is a directory");
  contents->resize(S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) : 0);
  if (!ReadToEnd(fd, contents)) return Status::IoError(path + ": read failed: " + std::strerror(errno));
  return Status::Ok();
}

namespace {

bool StartsWith(const std::string& s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), s.begin());
}

Status InvalidAt(const std::string& name, const std::string& text, size_t offset,
                 const std::string& what) {
  const LineColumn at = LocateOffset(text, offset);
  return Status::InvalidInput(name + ": " + what + " at byte " + std::to_string(offset) +
                              " (line " + std::to_string(at.line) + ", column " +
                              std::to_string(at.column) + ")");
}

}  // namespace

Status CheckTextDocument(const std::string& name, std::string* text) {
  if (StartsWith(*text, "\xEF\xBB\xBF")) text->erase(0, 3);
  if (StartsWith(*text, "\xFF\xFE") || StartsWith(*text, "\xFE\xFF")) {
    return Status::InvalidInput(name + ": UTF-16/32 text at byte 0 (byte order mark); convert it to UTF-8");
  }
  if (text->find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::InvalidInput(name + ": empty document");
  }
  if (const size_t nul = text->find('\0'); nul != std::string::npos) {  // text never holds NUL bytes
    return InvalidAt(name, *text, nul, LooksBinary(*text) ? "binary file: NUL byte" : "NUL byte");
  }
  const size_t bad = FindInvalidUtf8(*text);
  if (bad != std::string::npos) return InvalidAt(name, *text, bad, "invalid UTF-8");
  return Status::Ok();
}

Status ReadTextDocument(const std::string& path, std::string* text) {
  Status s = ReadFile(path, text);
  if (!s.ok()) return s;
  return CheckTextDocument(path, text);
}

namespace {

bool IsHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// A directory walk's findings: the files kept and the problems seen.
struct Walk {
  std::set<fs::path> seen_dirs;  // canonical paths, to stop symlink loops
  std::vector<std::string>* files;
  std::vector<Status>* problems;
};

// Errno's text when `dir` cannot be listed by this process; empty when it can.
std::string UnlistableReason(const fs::path& dir) {
  return ::access(dir.c_str(), R_OK | X_OK) == 0 ? std::string() : std::strerror(errno);
}

// Keeps a regular file, reports what cannot be read (a broken or looping symlink, a
// directory without permission, a FIFO or device). True: the walk may enter the entry.
bool VisitEntry(const fs::path& p, Walk* walk) {
  if (IsHidden(p)) return false;
  std::error_code ec;
  const fs::file_status st = fs::status(p, ec);  // follows symlinks
  if (ec || !fs::exists(st)) {  // a dangling or looping symlink, or a file gone meanwhile
    std::error_code link_ec;
    const char* what = fs::is_symlink(fs::symlink_status(p, link_ec)) ? ": broken symbolic link" : ": cannot read";
    walk->problems->push_back(Status::NotFound(p.string() + what + (ec ? ": " + ec.message() : "")));
    return false;
  }
  if (fs::is_directory(st)) {
    if (const std::string why = UnlistableReason(p); !why.empty()) {
      walk->problems->push_back(Status::IoError(p.string() + ": cannot list: " + why));
      return false;
    }
    return walk->seen_dirs.insert(fs::weakly_canonical(p, ec)).second;
  }
  if (fs::is_regular_file(st)) {
    walk->files->push_back(p.string());
  } else {
    walk->problems->push_back(Status::IoError(p.string() + ": not a regular file"));
  }
  return false;
}

void CollectDirectory(const fs::path& dir, std::vector<std::string>* out,
                      std::vector<Status>* problems) {
  if (const std::string why = UnlistableReason(dir); !why.empty()) {
    problems->push_back(Status::IoError(dir.string() + ": cannot list: " + why));
    return;
  }
  Walk walk{{}, out, problems};
  std::error_code ec;
  walk.seen_dirs.insert(fs::weakly_canonical(dir, ec));
  const auto options = fs::directory_options::follow_directory_symlink | fs::directory_options::skip_permission_denied;
  fs::recursive_directory_iterator it(dir, options, ec), end;
  if (ec) {
    problems->push_back(Status::IoError(dir.string() + ": cannot list: " + ec.message()));
    return;
  }
  while (it != end) {
    if (!VisitEntry(it->path(), &walk)) it.disable_recursion_pending();
    const std::string last = it->path().string();
    it.increment(ec);  // on error `it` is the end: name the entry before it
    if (ec) {
      problems->push_back(Status::IoError(last + ": cannot list: " + ec.message()));
      break;
    }
  }
}

}  // namespace

std::vector<std::string> CollectFiles(const std::vector<std::string>& paths,
                                      std::vector<Status>* problems) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      problems->push_back(Status::NotFound(path + ": no such file or directory"));
    } else if (fs::is_directory(st)) {
      CollectDirectory(path, &files, problems);
    } else {
      files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

bool IsDirectory(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

Status CreateDirectories(const std::string& path) {
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec || !fs::is_directory(path, ec)) {
    return Status::IoError(path + ": cannot create directory: " + (ec ? ec.message() : "not a directory"));
  }
  return Status::Ok();
}

namespace {

// The pid in a temp file name "<base>.tmp.<pid>" of `base`; 0 when `name` is not one.
pid_t TempFileOwner(const std::string& name, const std::string& base) {
  const std::string prefix = base + ".tmp.";
  if (!StartsWith(name, prefix) || name.size() == prefix.size() || name.size() > prefix.size() + 9) return 0;
  pid_t pid = 0;
  for (size_t i = prefix.size(); i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9') return 0;
    pid = pid * 10 + (name[i] - '0');
  }
  return pid;
}

}  // namespace

size_t RemoveStaleTempFiles(const std::string& path) {
  const fs::path target(path);
  const std::string base = target.filename().string();
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  size_t removed = 0;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const pid_t owner = TempFileOwner(it->path().filename().string(), base);
    if (owner <= 0 || owner == ::getpid()) continue;
    if (::kill(owner, 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to judge
    std::error_code remove_ec;
    if (it->is_regular_file(remove_ec) && fs::remove(it->path(), remove_ec)) ++removed;
  }
  return removed;
}

Status WriteFileAtomically(const std::string& path,
                           const std::function<Status(std::ostream&)>& write) {
  RemoveStaleTempFiles(path);
  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(path + ": cannot write: " + std::strerror(errno));
    Status s = write(out);
    out.flush();
    if (s.ok() && !out) s = Status::IoError(path + ": write failed");
    if (!s.ok()) {
      out.close();
      std::remove(temp.c_str());
      return s;
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    std::remove(temp.c_str());
    return Status::IoError(path + ": cannot replace: " + why);
  }
  return Status::Ok();
}

}  // namespace kg
