#include "base/file_io.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace kg {
namespace fs = std::filesystem;

namespace {

// A fresh scratch directory per test, removed afterwards.
struct ScratchDir {
  fs::path path;
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "kg_test_XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~ScratchDir() { fs::remove_all(path); }
  std::string Write(const std::string& name, const std::string& bytes) const {
    const fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
};

}  // namespace

TEST_CASE("invalid UTF-8 in a document names the file, byte and line") {
  ScratchDir dir;
  const std::string path = dir.Write("bad.txt", "ok\nab\xC3(");
  std::string text;
  const Status s = ReadTextDocument(path, &text);
  CHECK(s.code() == Status::Code::kInvalidInput);
  CHECK(s.message() == path + ": invalid UTF-8 at byte 5 (line 2, column 3)");
}

TEST_CASE("empty, binary and UTF-16 documents are rejected with a reason") {
  ScratchDir dir;
  std::string text;
  CHECK(ReadTextDocument(dir.Write("e.txt", " \n"), &text).message().find("empty document") != std::string::npos);
  CHECK(ReadTextDocument(dir.Write("b.bin", std::string("a\0b", 3)), &text).message().find("NUL byte at byte 1") != std::string::npos);
  CHECK(ReadTextDocument(dir.Write("u.txt", "\xFF\xFEh\0"), &text).message().find("UTF-16") != std::string::npos);
}

TEST_CASE("a NUL byte after the first 8 KiB of text is rejected at its offset") {
  ScratchDir dir;
  std::string text;
  const std::string path = dir.Write("late.txt", std::string(10000, 'a') + '\0' + "b");
  CHECK(ReadTextDocument(path, &text).message() == path + ": NUL byte at byte 10000 (line 1, column 10001)");
}

TEST_CASE("a UTF-8 byte order mark is dropped") {
  ScratchDir dir;
  std::string text;
  REQUIRE(ReadTextDocument(dir.Write("bom.txt", "\xEF\xBB\xBFHallo"), &text).ok());
  CHECK(text == "Hallo");
}

TEST_CASE("a missing path is NotFound") {
  std::string text;
  CHECK(ReadTextDocument("/nonexistent/kg.txt", &text).code() == Status::Code::kNotFound);
}

TEST_CASE("directories are collected recursively, sorted, hidden entries skipped") {
  ScratchDir dir;
  dir.Write("b.txt", "x");
  dir.Write("sub/a.txt", "x");
  dir.Write(".hidden/c.txt", "x");
  std::error_code ec;
  fs::create_directory_symlink(dir.path, dir.path / "sub" / "loop", ec);
  std::vector<Status> problems;
  const auto files = CollectFiles({dir.path.string(), "/nonexistent/x"}, &problems);
  REQUIRE(files.size() == 2);
  CHECK(fs::path(files[0]).filename() == "b.txt");
  CHECK(fs::path(files[1]).filename() == "a.txt");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code() == Status::Code::kNotFound);
}

TEST_CASE("broken and looping symlinks and FIFOs in a directory are reported, the rest is kept") {
  ScratchDir dir;
  dir.Write("docs/a.txt", "x");
  const fs::path docs = dir.path / "docs";
  fs::create_symlink("nowhere", docs / "dangling");
  fs::create_symlink("self", docs / "self");
  REQUIRE(::mkfifo((docs / "fifo").c_str(), 0600) == 0);
  std::vector<Status> problems;
  const auto files = CollectFiles({docs.string()}, &problems);
  REQUIRE(files.size() == 1);
  CHECK(fs::path(files[0]).filename() == "a.txt");
  std::vector<std::string> messages;
  for (const Status& p : problems) messages.push_back(p.message());
  std::sort(messages.begin(), messages.end());
  REQUIRE(messages.size() == 3);
  CHECK(messages[0] == (docs / "dangling").string() + ": broken symbolic link: No such file or directory");
  CHECK(messages[1] == (docs / "fifo").string() + ": not a regular file");
  CHECK(messages[2] == (docs / "self").string() + ": broken symbolic link: Too many levels of symbolic links");
}

TEST_CASE("ReadFile reads every byte, of files of any size and of files with no size") {
  ScratchDir dir;
  std::string big;
  for (int i = 0; big.size() < 100000; ++i) big += std::to_string(i) + (i % 7 == 0 ? std::string(1, '\0') : " ");
  for (const std::string& contents : {std::string(), std::string("x"), std::string(4096, 'a'), big}) {
    const std::string path = dir.Write("f" + std::to_string(contents.size()), contents);
    std::string text = "stale";
    REQUIRE(ReadFile(path, &text).ok());
    CHECK(text == contents);
  }
  std::string status;  // /proc files report size 0 yet have contents
  REQUIRE(ReadFile("/proc/self/status", &status).ok());
  CHECK(status.find("Name:") == 0);
}

TEST_CASE("ReadFile into one string in turn gives each file's bytes, the smaller after the larger") {
  ScratchDir dir;
  std::string text;
  for (const std::string& contents : {std::string(5000, 'b'), std::string("short"), std::string(), std::string(70, 'c')}) {
    REQUIRE(ReadFile(dir.Write("g" + std::to_string(contents.size()), contents), &text).ok());
    CHECK(text == contents);
  }
}

TEST_CASE("ReadFile errors name the path: missing, a directory, unreadable") {
  ScratchDir dir;
  std::string text;
  const std::string missing = (dir.path / "missing.txt").string();
  Status s = ReadFile(missing, &text);
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK(s.message() == missing + ": no such file");
  s = ReadFile((dir.path / "missing" / "a.txt").string(), &text);
  CHECK(s.code() == Status::Code::kNotFound);
  s = ReadFile(dir.path.string(), &text);
  CHECK(s.message() == dir.path.string() + ": is a directory");
  const std::string locked = dir.Write("locked.txt", "secret");
  fs::permissions(locked, fs::perms::none);
  if (::geteuid() != 0) {  // root reads it anyway
    s = ReadFile(locked, &text);
    CHECK(s.message() == locked + ": cannot open: Permission denied");
  }
}

TEST_CASE("an atomic write that fails keeps the previous file and leaves no temp file") {
  ScratchDir dir;
  const std::string path = dir.Write("out.txt", "previous");
  const Status s = WriteFileAtomically(path, [](std::ostream& out) {
    out << "half";
    return Status::IoError("simulated");
  });
  CHECK_FALSE(s.ok());
  std::string text;
  REQUIRE(ReadFile(path, &text).ok());
  CHECK(text == "previous");
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("an atomic write replaces the file") {
  ScratchDir dir;
  const std::string path = dir.Write("out.txt", "previous");
  REQUIRE(WriteFileAtomically(path, [](std::ostream& out) {
            out << "new";
            return Status::Ok();
          }).ok());
  std::string text;
  REQUIRE(ReadFile(path, &text).ok());
  CHECK(text == "new");
}

namespace {

// The pid of a child process that has exited and been reaped: no process has it now.
pid_t DeadPid() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  return child;
}

}  // namespace

TEST_CASE("an atomic write removes temp files left by dead processes and keeps live ones") {
  ScratchDir dir;
  const std::string path = dir.Write("out.graphml", "previous");
  const std::string dead = dir.Write("out.graphml.tmp." + std::to_string(DeadPid()), "half");
  const std::string live = dir.Write("out.graphml.tmp." + std::to_string(::getppid()), "writing");
  const std::string other = dir.Write("other.graphml.tmp." + std::to_string(DeadPid()), "not ours");
  const std::string named = dir.Write("out.graphml.tmp.backup", "not a pid");
  REQUIRE(WriteFileAtomically(path, [](std::ostream& out) {
            out << "new";
            return Status::Ok();
          }).ok());
  CHECK_FALSE(fs::exists(dead));
  CHECK(fs::exists(live));
  CHECK(fs::exists(other));
  CHECK(fs::exists(named));
}

TEST_CASE("stale temp files are found beside a relative path too") {
  ScratchDir dir;
  const fs::path previous = fs::current_path();
  fs::current_path(dir.path);
  dir.Write("kg.json.tmp." + std::to_string(DeadPid()), "half");
  const size_t removed = RemoveStaleTempFiles("kg.json");
  fs::current_path(previous);
  CHECK(removed == 1);
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 0);
}

TEST_CASE("writing into a missing directory is an I/O error naming the path") {
  const Status s = WriteFileAtomically("/nonexistent/dir/out.graphml",
                                       [](std::ostream&) { return Status::Ok(); });
  CHECK(s.code() == Status::Code::kIoError);
  CHECK(s.message().rfind("/nonexistent/dir/out.graphml: cannot write", 0) == 0);
}

TEST_CASE("CreateDirectories makes missing parents and accepts an existing directory") {
  ScratchDir dir;
  const std::string nested = (dir.path / "a" / "b.csv").string();
  CHECK_FALSE(IsDirectory(nested));
  REQUIRE(CreateDirectories(nested).ok());
  CHECK(IsDirectory(nested));
  CHECK(CreateDirectories(nested).ok());
}

TEST_CASE("a directory that cannot be created is an I/O error naming the path") {
  ScratchDir dir;
  const std::string below_file = dir.Write("file.txt", "x") + "/out.csv";
  const Status s = CreateDirectories(below_file);
  CHECK(s.code() == Status::Code::kIoError);
  CHECK(s.message().rfind(below_file + ": cannot create directory: ", 0) == 0);
  CHECK_FALSE(IsDirectory(below_file));
}

}  // namespace kg
