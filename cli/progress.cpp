#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kg {
namespace {

constexpr int kBarWidth = 20;

// "m:ss", or "h:mm:ss" from an hour on.
std::string Duration(double seconds) {
  const long total = std::lround(std::max(0.0, seconds));
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof(text), "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(text, sizeof(text), "%ld:%02ld", total / 60, total % 60);
  }
  return text;
}

// Share done in [0, 1]: by bytes when the total size is known, else by documents.
double Fraction(const Progress& p) {
  if (p.total_bytes > 0) return std::min(1.0, static_cast<double>(p.bytes) / static_cast<double>(p.total_bytes));
  if (p.total_documents > 0) return static_cast<double>(p.documents) / static_cast<double>(p.total_documents);
  return 1.0;
}

}  // namespace

bool StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

std::string ProgressText(const Progress& p) {
  const double fraction = Fraction(p);
  const int filled = static_cast<int>(fraction * kBarWidth);
  const double mb_per_s = p.seconds > 0 ? static_cast<double>(p.bytes) / 1e6 / p.seconds : 0.0;
  const std::string eta = fraction > 0 ? Duration(p.seconds * (1 - fraction) / fraction) : "?";
  char numbers[128];
  std::snprintf(numbers, sizeof(numbers), "]  %zu/%zu documents  %d%%  %.1f MB/s  ETA ", p.documents,
                p.total_documents, static_cast<int>(fraction * 100), mb_per_s);
  const std::string bar =
      std::string(static_cast<size_t>(filled), '#') + std::string(static_cast<size_t>(kBarWidth - filled), '-');
  return "[" + bar + numbers + eta;
}

bool ProgressBar::Update(const Progress& p) {
  if (!enabled_ || p.seconds < kDelay || (drawn_ && p.seconds - last_draw_ < kInterval)) return false;
  *out_ << '\r' << ProgressText(p) << "\x1b[K" << std::flush;
  drawn_ = true;
  last_draw_ = p.seconds;
  return true;
}

void ProgressBar::Finish() {
  if (drawn_) *out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace kg
