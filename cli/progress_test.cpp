#include "cli/progress.h"

#include <doctest/doctest.h>

#include <sstream>

namespace kg {
namespace {

Progress At(double seconds, size_t documents, uint64_t bytes) {
  Progress p;
  p.documents = documents;
  p.total_documents = 2500;
  p.bytes = bytes;
  p.total_bytes = 10000000;
  p.seconds = seconds;
  return p;
}

TEST_CASE("progress text shows documents, percentage by bytes, MB/s and ETA") {
  CHECK(ProgressText(At(2.0, 1200, 4600000)) == "[#########-----------]  1200/2500 documents  46%  2.3 MB/s  ETA 0:02");
  CHECK(ProgressText(At(4000.0, 1, 1000000)) == "[##------------------]  1/2500 documents  10%  0.0 MB/s  ETA 10:00:00");
}

TEST_CASE("progress ETA is unknown before anything was done") {
  CHECK(ProgressText(At(3.0, 0, 0)) == "[--------------------]  0/2500 documents  0%  0.0 MB/s  ETA ?");
}

TEST_CASE("progress bar never draws in the first second or when disabled") {
  std::ostringstream out;
  ProgressBar bar(&out, true);
  CHECK_FALSE(bar.Update(At(0.5, 10, 100)));
  bar.Finish();
  CHECK(out.str().empty());
  ProgressBar off(&out, false);
  CHECK_FALSE(off.Update(At(5.0, 10, 100)));
  CHECK(out.str().empty());
}

TEST_CASE("progress bar redraws at most ten times a second and clears its line") {
  std::ostringstream out;
  ProgressBar bar(&out, true);
  CHECK(bar.Update(At(1.0, 10, 100)));
  CHECK_FALSE(bar.Update(At(1.05, 11, 110)));
  CHECK(bar.Update(At(1.1, 12, 120)));
  bar.Finish();
  const std::string text = out.str();
  CHECK(text.rfind('\r', 0) == 0);
  CHECK(text.substr(text.size() - 4) == "\r\x1b[K");
}

}  // namespace
}  // namespace kg
