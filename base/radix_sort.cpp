#include "base/radix_sort.h"

#include <array>
#include <cstddef>

namespace kg {
namespace {

constexpr int kDigits = 8;  // bytes of a key

int DigitOf(uint64_t key, int digit) { return static_cast<int>(key >> (8 * digit) & 0xff); }

}  // namespace

void RadixSortByKey(std::vector<KeyedIndex>* items, std::vector<KeyedIndex>* buffer) {
  if (items->size() < 2) return;
  std::array<std::array<size_t, 256>, kDigits> counts{};
  for (const KeyedIndex& item : *items) {
    for (int digit = 0; digit < kDigits; ++digit) ++counts[digit][DigitOf(item.first, digit)];
  }
  buffer->resize(items->size());
  for (int digit = 0; digit < kDigits; ++digit) {
    std::array<size_t, 256>& count = counts[digit];
    if (count[DigitOf(items->front().first, digit)] == items->size()) continue;  // one value: order kept
    size_t start = 0;
    for (size_t& c : count) start += std::exchange(c, start);
    for (const KeyedIndex& item : *items) (*buffer)[count[DigitOf(item.first, digit)]++] = item;
    items->swap(*buffer);
  }
}

}  // namespace kg
