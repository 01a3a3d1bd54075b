// The Segmenter's vocabulary: each distinct word and punctuation text with what it says
// (fold, form number, letter kinds), found without a memcmp call for texts up to 16 bytes.
#ifndef KG_EXTRACT_VOCABULARY_H_
#define KG_EXTRACT_VOCABULARY_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

/// What a token's text says, computed once per distinct text.
struct TokenForm {
  std::string fold;
  uint32_t number = 0;  // Token::form
  bool upper_initial = false, has_digit = false, has_letter = false;
};

/// A map from texts to their forms, whose forms never move until Clear. Each slot holds
/// the text's first and last eight bytes (or fewer) and its size, which for a text of up
/// to 16 bytes say exactly which text it is: most lookups compare three numbers.
class FormTable {
 public:
  FormTable() = default;
  FormTable(const FormTable&) = delete;  // the slots point at the entries
  FormTable& operator=(const FormTable&) = delete;

  /// The form stored for `text`, or nullptr.
  const TokenForm* Find(std::string_view text) const {
    const Packed packed = Pack(text);
    const Slot* slots = slots_.data();
    for (size_t slot = Hash(packed, text) & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots[slot];
      if (s.entry == nullptr) return nullptr;
      if (s.packed == packed && (text.size() <= kExactSize || SameMiddle(s.entry->text.data(), text))) {
        return &s.entry->form;
      }
    }
  }
  /// Stores `form` for `text`, which must not be stored yet.
  const TokenForm& Insert(std::string_view text, TokenForm form);
  size_t size() const { return entries_.size(); }
  void Clear();
  /// Removes the entries stored after the first `size`, the last first.
  void Truncate(size_t size);

 private:
  // The bytes of a text a slot compares: all of them up to 16 bytes (see Pack).
  struct Packed {
    uint64_t head = 0, tail = 0, size = 0;
    bool operator==(const Packed& other) const {
      return head == other.head && tail == other.tail && size == other.size;
    }
  };
  struct Entry {
    std::string text;
    TokenForm form;
  };
  struct Slot {
    Packed packed;
    const Entry* entry = nullptr;  // nullptr: empty
  };
  static constexpr size_t kExactSize = 16;  // Packed says all of a text this long
  static constexpr size_t kFirstSlots = 1024;

  // Two overlapping loads cover 8 to 16 bytes, or 4 to 7; three bytes cover 1 to 3.
  static Packed Pack(std::string_view text) {
    const char* p = text.data();
    const size_t n = text.size();
    Packed packed;
    packed.size = n;
    if (n >= 8) {
      packed.head = Load<uint64_t>(p);
      packed.tail = Load<uint64_t>(p + n - 8);
    } else if (n >= 4) {
      packed.head = Load<uint32_t>(p);
      packed.tail = Load<uint32_t>(p + n - 4);
    } else if (n > 0) {
      packed.head = static_cast<unsigned char>(p[0]) | uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
                    uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
    }
    return packed;
  }
  // Mixes the packed bytes (and the middle of a longer text, so that texts alike at both
  // ends do not collide) so that the low bits, the slot, depend on every byte.
  static uint64_t Hash(const Packed& packed, std::string_view text) {
    uint64_t a = packed.head;
    for (size_t i = 8; i + 8 < text.size(); i += 8) a = (a ^ Load<uint64_t>(text.data() + i)) * 0xff51afd7ed558ccdull, a ^= a >> 29;
    const uint64_t h = (a ^ packed.size) * 0x9e3779b97f4a7c15ull ^ packed.tail * 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 32);  // the high bits of the products, which depend on every bit, into the low ones
  }
  template <typename T>
  static uint64_t Load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  // Whether bytes [8, size - 8) of `stored` and `text`, longer than kExactSize with equal
  // Packed, match: eight at a time, the last eight overlapping the tail, and no memcmp
  // call, so that Find needs no registers saved.
  static bool SameMiddle(const char* stored, std::string_view text) {
    const size_t last = text.size() - 16;  // the last eight bytes before the tail
    for (size_t i = 8; i < last; i += 8) {
      if (Load<uint64_t>(stored + i) != Load<uint64_t>(text.data() + i)) return false;
    }
    return Load<uint64_t>(stored + last) == Load<uint64_t>(text.data() + last);
  }
  void Place(const Packed& packed, uint64_t hash, const Entry* entry);
  void Grow();

  std::deque<Entry> entries_;
  // Never empty, so that Find need not check: a power of two long, at most half full.
  std::vector<Slot> slots_ = std::vector<Slot>(kFirstSlots);
  size_t mask_ = kFirstSlots - 1;  // slots_.size() - 1
};

/// The distinct words and punctuation seen, each with its form; words and punctuation of
/// the same text are different forms, numbered 0, 1, 2, ... in the order first seen.
class Vocabulary {
 public:
  const TokenForm& Word(std::string_view text) {
    const TokenForm* known = words_.Find(text);
    return known != nullptr ? *known : AddWord(text);
  }
  const TokenForm& Punctuation(std::string_view text) {
    const auto byte = static_cast<unsigned char>(text[0]);
    const bool known_ascii = text.size() == 1 && byte < 0x80 && ascii_punctuation_[byte] != nullptr;
    return known_ascii ? *ascii_punctuation_[byte] : OtherPunctuation(text);
  }
  /// Forgets every form once there are too many (bounds memory on hostile input).
  void Trim();
  /// How many forms of each kind there are, to go back to with Forget.
  struct Mark {
    size_t words = 0, punctuation = 0;
  };
  Mark Now() const { return {words_.size(), punctuation_.size()}; }
  /// Forgets the forms added since `mark` (for tokens thrown away), so that the next ones
  /// are numbered as if those had never been seen.
  void Forget(const Mark& mark);
  uint64_t epoch() const { return epoch_; }
  size_t size() const { return words_.size() + punctuation_.size(); }

 private:
  static constexpr size_t kMaxForms = size_t{1} << 20;
  const TokenForm& AddWord(std::string_view text);
  // Punctuation but one-byte texts already seen.
  const TokenForm& OtherPunctuation(std::string_view text);

  FormTable words_, punctuation_;
  // The forms of one-byte punctuation ("," "." "(") already in punctuation_, found without
  // hashing; nullptr: not seen in this epoch.
  std::array<const TokenForm*, 128> ascii_punctuation_{};
  uint64_t epoch_ = 0;
};

}  // namespace kg

#endif  // KG_EXTRACT_VOCABULARY_H_
