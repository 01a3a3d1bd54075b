#include "extract/vocabulary.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <utility>

#include "base/ascii.h"
#include "extract/normalize.h"

namespace kg {

const TokenForm& FormTable::Insert(std::string_view text, TokenForm form) {
  if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
  entries_.push_back({std::string(text), std::move(form)});
  const Entry& entry = entries_.back();
  const Packed packed = Pack(entry.text);
  Place(packed, Hash(packed, entry.text), &entry);
  return entry.form;
}

void FormTable::Clear() {
  entries_.clear();
  slots_.assign(kFirstSlots, Slot());
  mask_ = kFirstSlots - 1;
}

// The last entry was placed last (Grow places them again in the order stored), so no
// other entry's probe passes its slot: emptying it leaves the slots as they were before.
void FormTable::Truncate(size_t size) {
  while (entries_.size() > size) {
    const Entry& last = entries_.back();
    const Packed packed = Pack(last.text);
    size_t slot = Hash(packed, last.text) & mask_;
    while (slots_[slot].entry != &last) slot = (slot + 1) & mask_;
    slots_[slot] = Slot();
    entries_.pop_back();
  }
}

void FormTable::Place(const Packed& packed, uint64_t hash, const Entry* entry) {
  size_t slot = hash & mask_;
  while (slots_[slot].entry != nullptr) slot = (slot + 1) & mask_;
  slots_[slot] = {packed, entry};
}

void FormTable::Grow() {
  slots_.assign(slots_.size() * 2, Slot());
  mask_ = slots_.size() - 1;
  for (const Entry& entry : entries_) {
    const Packed packed = Pack(entry.text);
    Place(packed, Hash(packed, entry.text), &entry);
  }
}

namespace {

// What a word says of its letters, computed once per distinct word.
TokenForm WordForm(std::string_view word) {
  TokenForm form;
  form.fold = FoldCase(word);
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    const bool first = i == 0;
    const auto byte = static_cast<unsigned char>(word[static_cast<size_t>(i)]);
    if (byte < 0x80) {  // ASCII: what ICU answers, without decoding or its property lookups
      form.upper_initial |= first && IsAsciiUpper(byte);
      form.has_digit |= IsAsciiDigit(byte);
      form.has_letter |= IsAsciiAlpha(byte);
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
    if (first) form.upper_initial = u_isupper(c) || u_istitle(c);
    form.has_digit |= u_isdigit(c) != 0;
    form.has_letter |= u_isalpha(c) != 0;
  }
  return form;
}

}  // namespace

const TokenForm& Vocabulary::AddWord(std::string_view text) {
  TokenForm form = WordForm(text);
  form.number = static_cast<uint32_t>(size());
  return words_.Insert(text, std::move(form));
}

const TokenForm& Vocabulary::OtherPunctuation(std::string_view text) {
  const auto byte = static_cast<unsigned char>(text[0]);
  const bool ascii = text.size() == 1 && byte < 0x80;
  const TokenForm* form = punctuation_.Find(text);
  if (form == nullptr) {
    TokenForm added;
    added.fold = std::string(text);
    added.number = static_cast<uint32_t>(size());
    form = &punctuation_.Insert(text, std::move(added));
  }
  if (ascii) ascii_punctuation_[byte] = form;
  return *form;
}

void Vocabulary::Forget(const Mark& mark) {
  const size_t first_forgotten = mark.words + mark.punctuation;  // the number of the first form added since
  for (const TokenForm*& form : ascii_punctuation_) {
    if (form != nullptr && form->number >= first_forgotten) form = nullptr;
  }
  words_.Truncate(mark.words);
  punctuation_.Truncate(mark.punctuation);
}

void Vocabulary::Trim() {
  if (size() < kMaxForms) return;
  words_.Clear();
  punctuation_.Clear();
  ascii_punctuation_.fill(nullptr);
  ++epoch_;
}

}  // namespace kg
