// A main for fuzz targets without libFuzzer: runs the target once on every file given, or
// on every file under a folder given, so ctest replays the committed corpus (and every
// crash fuzzing found) in each build, g++ or clang, sanitizers or not.
#include <iostream>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "fuzz/fuzz_target.h"

int main(int argc, char** argv) {
  std::vector<kg::Status> problems;
  const std::vector<std::string> files = kg::CollectFiles(std::vector<std::string>(argv + 1, argv + argc), &problems);
  for (const kg::Status& p : problems) std::cerr << "replay: " << p.ToString() << "\n";
  for (const std::string& file : files) {
    std::string bytes;
    if (kg::Status s = kg::ReadFile(file, &bytes); !s.ok()) {
      std::cerr << "replay: " << s.ToString() << "\n";
      return 1;
    }
    std::cerr << "replay: " << file << "\n";
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
  std::cout << "replayed " << files.size() << " inputs\n";
  return files.empty() || !problems.empty() ? 1 : 0;
}
