#include "base/radix_sort.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <tuple>

namespace kg {
namespace {

// Keys drawn from `bits` random low bits, plus a constant high part every key shares.
std::vector<KeyedIndex> RandomItems(size_t n, int bits, uint64_t shared_high) {
  std::mt19937_64 random(n * 31 + bits);
  std::vector<KeyedIndex> items;
  for (size_t i = 0; i < n; ++i) {
    const uint64_t low = bits == 64 ? random() : random() & ((uint64_t{1} << bits) - 1);
    items.emplace_back(shared_high | low, static_cast<uint32_t>(i));
  }
  return items;
}

TEST_CASE("radix sort orders like a stable sort, for wide, narrow and shared-byte keys") {
  std::vector<KeyedIndex> buffer;
  for (const auto& [n, bits, high] : {std::tuple<size_t, int, uint64_t>{1000, 64, 0}, {5000, 5, 0},
                                      {3000, 20, uint64_t{0xab} << 56}, {2, 1, 0}, {1, 8, 0}}) {
    std::vector<KeyedIndex> items = RandomItems(n, bits, high);
    std::vector<KeyedIndex> expected = items;
    std::stable_sort(expected.begin(), expected.end(),
                     [](const KeyedIndex& a, const KeyedIndex& b) { return a.first < b.first; });
    RadixSortByKey(&items, &buffer);
    CHECK(items == expected);
  }
}

TEST_CASE("radix sort of an empty list leaves it empty") {
  std::vector<KeyedIndex> items, buffer;
  RadixSortByKey(&items, &buffer);
  CHECK(items.empty());
}

}  // namespace
}  // namespace kg
