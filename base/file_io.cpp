#include "base/file_io.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "base/utf8.h"

namespace kg {
namespace fs = std::filesystem;

Status ReadFile(const std::string& path, std::string* contents) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::NotFound(path + ": no such file");
  if (fs::is_directory(path, ec)) return Status::IoError(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read failed");
  *contents = std::move(buffer).str();
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
  if (LooksBinary(*text)) {
    return InvalidAt(name, *text, text->find('\0'), "binary file: NUL byte");
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

void CollectDirectory(const fs::path& dir, std::vector<std::string>* out,
                      std::vector<Status>* problems) {
  std::error_code ec;
  auto options = fs::directory_options::follow_directory_symlink |
                 fs::directory_options::skip_permission_denied;
  std::set<fs::path> seen_dirs;  // canonical paths, to stop symlink loops
  seen_dirs.insert(fs::weakly_canonical(dir, ec));
  fs::recursive_directory_iterator it(dir, options, ec), end;
  if (ec) {
    problems->push_back(Status::IoError(dir.string() + ": cannot list: " + ec.message()));
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      problems->push_back(Status::IoError(it->path().string() + ": " + ec.message()));
      break;
    }
    const fs::path& p = it->path();
    if (IsHidden(p)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec)) {
      if (!seen_dirs.insert(fs::weakly_canonical(p, ec)).second) it.disable_recursion_pending();
    } else if (it->is_regular_file(ec)) {
      out->push_back(p.string());
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

Status WriteFileAtomically(const std::string& path,
                           const std::function<Status(std::ostream&)>& write) {
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
