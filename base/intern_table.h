// InternTable: a map from strings to values whose values never move, with open addressing
// over stored hashes, for caches and word sets asked once per token; and its hash, HashString.
#ifndef KG_BASE_INTERN_TABLE_H_
#define KG_BASE_INTERN_TABLE_H_

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

namespace internal {
template <typename T>
T LoadUnaligned(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
}  // namespace internal

/// A fast string hash: a few loads per key instead of a step per byte (words are short), as
/// wyhash reads small keys: two overlapping loads cover 4 to 16 bytes, three bytes cover 1
/// to 3, longer keys are folded 8 bytes at a time; then a final mix so that the low bits
/// depend on every byte.
inline uint64_t HashString(std::string_view key) {
  using internal::LoadUnaligned;
  const char* p = key.data();
  const size_t n = key.size();
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) a = (a ^ LoadUnaligned<uint64_t>(p + i)) * 0xff51afd7ed558ccdull, a ^= a >> 29;
    b = LoadUnaligned<uint64_t>(p + n - 8);
  } else if (n >= 4) {
    a = LoadUnaligned<uint32_t>(p);
    b = LoadUnaligned<uint32_t>(p + n - 4);
  } else if (n > 0) {
    a = static_cast<unsigned char>(p[0]) | uint64_t{static_cast<unsigned char>(p[n / 2])} << 8;
    b = static_cast<unsigned char>(p[n - 1]);
  }
  uint64_t h = (a ^ 0x9e3779b97f4a7c15ull ^ n) * 0xc4ceb9fe1a85ec53ull;
  h = (h ^ (h >> 32) ^ b) * 0xff51afd7ed558ccdull;
  return h ^ (h >> 33);
}

/// HashString as a hasher for standard containers keyed by string_view.
struct StringHash {
  size_t operator()(std::string_view key) const { return static_cast<size_t>(HashString(key)); }
};

template <typename Value>
class InternTable {
 public:
  InternTable() = default;
  // Slots point at nodes: a copy points its slots at its own (a move keeps the nodes in place).
  InternTable(const InternTable& other) : nodes_(other.nodes_) { PlaceAll(); }
  InternTable& operator=(const InternTable& other) {
    if (this != &other) nodes_ = other.nodes_, PlaceAll();
    return *this;
  }
  InternTable(InternTable&&) noexcept = default;
  InternTable& operator=(InternTable&&) noexcept = default;

  /// The value stored for `key`, or nullptr.
  const Value* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t hash = Hash(key);
    for (size_t slot = hash & (slots_.size() - 1);; slot = (slot + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[slot];
      if (s.node == nullptr) return nullptr;
      if (s.hash == hash && s.node->key == key) return &s.node->value;  // the hash spares most visits to the node
    }
  }

  Value* Find(std::string_view key) { return const_cast<Value*>(static_cast<const InternTable&>(*this).Find(key)); }

  /// Stores `value` for `key`, which must not be stored yet; the reference stays valid
  /// until Clear().
  Value& Insert(std::string_view key, Value value) {
    if ((nodes_.size() + 1) * 2 > slots_.size()) Grow();
    nodes_.push_back({std::string(key), std::move(value)});
    Place(Hash(key), &nodes_.back());
    return nodes_.back().value;
  }

  size_t size() const { return nodes_.size(); }
  void Clear() {
    nodes_.clear();
    slots_.clear();
  }

 private:
  struct Node {
    std::string key;
    Value value;
  };
  struct Slot {
    uint64_t hash = 0;
    Node* node = nullptr;  // nullptr: empty
  };

  static uint64_t Hash(std::string_view key) { return HashString(key); }

  void Place(uint64_t hash, Node* node) {
    size_t slot = hash & (slots_.size() - 1);
    while (slots_[slot].node != nullptr) slot = (slot + 1) & (slots_.size() - 1);
    slots_[slot] = {hash, node};
  }

  void Grow() {
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(slots_.empty() ? 1024 : slots_.size() * 2));
    for (const Slot& s : old) {
      if (s.node != nullptr) Place(s.hash, s.node);
    }
  }

  void PlaceAll() {
    slots_.assign(nodes_.empty() ? 0 : 1024, Slot());
    while (nodes_.size() * 2 > slots_.size()) slots_.resize(slots_.size() * 2);
    for (Node& node : nodes_) Place(Hash(node.key), &node);
  }

  std::deque<Node> nodes_;
  std::vector<Slot> slots_;  // a power of two long
};

/// A set of strings asked with views (no string is built to ask), over an InternTable.
class StringSet {
 public:
  bool Contains(std::string_view key) const { return table_.Find(key) != nullptr; }
  /// Adds `key`; false when it was there already.
  bool Insert(std::string_view key) {
    if (Contains(key)) return false;
    table_.Insert(key, true);
    return true;
  }
  size_t size() const { return table_.size(); }
  void Clear() { table_.Clear(); }

 private:
  InternTable<bool> table_;
};

}  // namespace kg

#endif  // KG_BASE_INTERN_TABLE_H_
