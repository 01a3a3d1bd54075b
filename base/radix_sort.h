// RadixSortByKey: a stable sort of (key, value) pairs by a 64-bit key in linear time, for
// results too large for a comparison sort within a query's latency budget.
#ifndef KG_BASE_RADIX_SORT_H_
#define KG_BASE_RADIX_SORT_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace kg {

using KeyedIndex = std::pair<uint64_t, uint32_t>;

/// Sorts `items` by key, keeping the order of equal keys: least significant byte first,
/// skipping the bytes every key shares. `*buffer` is scratch space, reused between calls.
void RadixSortByKey(std::vector<KeyedIndex>* items, std::vector<KeyedIndex>* buffer);

}  // namespace kg

#endif  // KG_BASE_RADIX_SORT_H_
