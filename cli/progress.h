// A progress line on stderr for long extraction runs: documents done of total, MB/s and
// the time left, redrawn in place. Only for a terminal; nothing is written otherwise.
#ifndef KG_CLI_PROGRESS_H_
#define KG_CLI_PROGRESS_H_

#include <cstdint>
#include <ostream>
#include <string>

namespace kg {

/// True when stderr is a terminal (isatty), so a redrawn line is readable there.
bool StderrIsTerminal();

/// What the progress line shows. Bytes are of the input documents; seconds since the start.
struct Progress {
  size_t documents = 0, total_documents = 0;
  uint64_t bytes = 0, total_bytes = 0;
  double seconds = 0;
};

/// The line drawn for `p`, without "\r" or control codes:
/// "[#########-----------]  1200/2500 documents  45%  4.8 MB/s  ETA 0:12". The percentage
/// and ETA follow bytes (documents when the total size is unknown); the ETA is "?" until
/// anything was done.
std::string ProgressText(const Progress& p);

/// Draws ProgressText on `out` as a line redrawn in place ("\r", text, clear to end of line),
/// only when enabled, once the run has lasted kDelay and at most every kInterval; short runs
/// never draw. `out` is borrowed and must outlive the bar.
class ProgressBar {
 public:
  static constexpr double kDelay = 1.0;     // seconds before the first draw
  static constexpr double kInterval = 0.1;  // seconds between draws

  ProgressBar(std::ostream* out, bool enabled) : out_(out), enabled_(enabled) {}
  /// Redraws when due; true when it drew.
  bool Update(const Progress& p);
  /// Clears the line when anything was drawn.
  void Finish();

 private:
  std::ostream* out_;
  bool enabled_;
  bool drawn_ = false;
  double last_draw_ = 0;
};

}  // namespace kg

#endif  // KG_CLI_PROGRESS_H_
