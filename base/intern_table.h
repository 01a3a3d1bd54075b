// InternTable: a map from strings to values whose values never move, with open addressing
// over stored hashes; for per-thread caches that are asked once per token of the text.
#ifndef KG_BASE_INTERN_TABLE_H_
#define KG_BASE_INTERN_TABLE_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

template <typename Value>
class InternTable {
 public:
  /// The value stored for `key`, or nullptr.
  const Value* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t hash = Hash(key);
    for (size_t slot = hash & (slots_.size() - 1);; slot = (slot + 1) & (slots_.size() - 1)) {
      if (slots_[slot] == 0) return nullptr;
      const Node& node = nodes_[slots_[slot] - 1];
      if (node.hash == hash && node.key == key) return &node.value;
    }
  }

  Value* Find(std::string_view key) { return const_cast<Value*>(static_cast<const InternTable&>(*this).Find(key)); }

  /// Stores `value` for `key`, which must not be stored yet; the reference stays valid
  /// until Clear().
  Value& Insert(std::string_view key, Value value) {
    if ((nodes_.size() + 1) * 2 > slots_.size()) Grow();
    nodes_.push_back({Hash(key), std::string(key), std::move(value)});
    Place(nodes_.size() - 1);
    return nodes_.back().value;
  }

  size_t size() const { return nodes_.size(); }
  void Clear() {
    nodes_.clear();
    slots_.clear();
  }

 private:
  struct Node {
    uint64_t hash;
    std::string key;
    Value value;
  };

  // FNV-1a, then a final mix so that the low bits (the slot) depend on every byte.
  static uint64_t Hash(std::string_view key) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    return h ^ (h >> 33);
  }

  void Place(size_t index) {
    size_t slot = nodes_[index].hash & (slots_.size() - 1);
    while (slots_[slot] != 0) slot = (slot + 1) & (slots_.size() - 1);
    slots_[slot] = static_cast<uint32_t>(index + 1);
  }

  void Grow() {
    slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, 0);
    for (size_t i = 0; i < nodes_.size(); ++i) Place(i);
  }

  std::deque<Node> nodes_;
  std::vector<uint32_t> slots_;  // index + 1 into nodes_, 0: empty; a power of two long
};

}  // namespace kg

#endif  // KG_BASE_INTERN_TABLE_H_
