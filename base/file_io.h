// File access for the whole project: reading input documents safely, finding them
// under directories, and writing outputs atomically (temp file + rename).
#ifndef KG_BASE_FILE_IO_H_
#define KG_BASE_FILE_IO_H_

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"

namespace kg {

/// Reads a whole file as bytes into `contents`, reusing its capacity, so that reading many
/// files in turn into one string rarely allocates. Error: NotFound or IoError naming the
/// path; `contents` is then unspecified.
Status ReadFile(const std::string& path, std::string* contents);

/// Reads a document that must be non-empty UTF-8 text. A UTF-8 byte order mark is
/// dropped; UTF-16/32 marks, NUL bytes and malformed UTF-8 are InvalidInput errors
/// that name the path and the byte offset ("a.txt: invalid UTF-8 at byte 17 (line 2, column 5)").
Status ReadTextDocument(const std::string& path, std::string* text);

/// Checks bytes already in memory as ReadTextDocument does; `name` is used in messages.
Status CheckTextDocument(const std::string& name, std::string* text);

/// Expands files and directories (recursively, following symlinks once, skipping
/// hidden entries) into a sorted list of regular files. A path that does not exist
/// or cannot be listed, and, inside a directory, a broken or looping symlink or a file
/// that is not regular (FIFO, device, socket) is reported in `problems` and skipped.
std::vector<std::string> CollectFiles(const std::vector<std::string>& paths,
                                      std::vector<Status>* problems);

/// True when `path` exists and is a directory (following symlinks).
bool IsDirectory(const std::string& path);

/// Creates `path` and any missing parents; an existing directory is fine.
/// Error: IoError "<path>: cannot create directory: <reason>".
Status CreateDirectories(const std::string& path);

/// Writes `path` through `write`, first into a temp file beside it ("<path>.tmp.<pid>"),
/// then renames it over `path`: a crash never leaves a half-written `path`. The temp file
/// is removed on failure; temp files of `path` left by processes that died (SIGKILL, power
/// loss) are removed first (RemoveStaleTempFiles). Error: IoError naming the path.
Status WriteFileAtomically(const std::string& path,
                           const std::function<Status(std::ostream&)>& write);

/// Removes the files "<path>.tmp.<pid>" beside `path` whose process no longer exists on
/// this machine (kill(pid, 0) says ESRCH); a live or unknown owner's file is kept, and so is
/// this process's. Returns how many were removed; errors only mean fewer were.
size_t RemoveStaleTempFiles(const std::string& path);

}  // namespace kg

#endif  // KG_BASE_FILE_IO_H_
