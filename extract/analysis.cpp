#include "extract/analysis.h"

#include "extract/normalize.h"

namespace kg {

const Span* SentenceView::SpanAt(size_t i) const {
  for (const Span& s : spans) {
    if (s.first <= i && i <= s.last) return &s;
    if (s.first > i) break;
  }
  return nullptr;
}

bool SentenceView::IsPunct(size_t i, std::string_view chars) const {
  return i < size() && !tokens()[i].word && chars.find(tokens()[i].text) != std::string_view::npos;
}

size_t SentenceView::CompoundEnd(size_t i) const {
  size_t j = i + 1;
  while (j + 1 < size() && Joined(j) && IsPunct(j, "-") && Joined(j + 1) && tokens()[j + 1].word) j += 2;
  return j;
}

size_t SentenceView::SkipHead(std::string_view list, size_t i) const {
  if (i >= size() || Covered(i) || !tokens()[i].word) return i;
  const size_t end = CompoundEnd(i);
  return CompoundEndsWith(list, end - 1) ? end : i;
}

SentenceView::Memo& SentenceView::MemoOf(std::string_view list) const {
  Memo& memo = memo_[list.data()];
  if (memo.triggers == nullptr) {
    memo.triggers = &knowledge.List(list);
    memo.compound.assign(size(), -1);
    memo.match.assign(size(), -1);
  }
  return memo;
}

size_t SentenceView::MatchAt(std::string_view list, size_t i) const {
  if (i >= size()) return 0;
  Memo& memo = MemoOf(list);
  if (memo.match[i] < 0) {
    std::vector<std::string_view> words;
    for (size_t j = i; j < size() && j < i + 4; ++j) words.push_back(tokens()[j].fold);
    memo.match[i] = static_cast<int8_t>(memo.triggers->MatchPrefix(words));
  }
  return static_cast<size_t>(memo.match[i]);
}

bool SentenceView::CompoundEndsWith(std::string_view list, size_t i) const {
  if (i >= size()) return false;
  Memo& memo = MemoOf(list);
  if (memo.compound[i] < 0) {
    const TriggerSet& t = *memo.triggers;
    memo.compound[i] = t.MatchesWord(tokens()[i].fold) || t.MatchesWord(hyphenated[i]) || t.MatchesWord(compound[i]);
  }
  return memo.compound[i] == 1;
}

void SentenceView::Prepare() {
  keys.clear();
  hyphenated.assign(size(), std::string());
  compound.assign(size(), std::string());
  for (size_t i = 0; i < size(); ++i) {
    const Token& t = tokens()[i];
    keys.push_back(t.word ? NameKey(t.text) : std::string());
    const bool continues = i >= 2 && Joined(i) && IsPunct(i - 1, "-") && Joined(i - 1);
    hyphenated[i] = (continues ? hyphenated[i - 2] + "-" : std::string()) + t.fold;
    compound[i] = (continues ? compound[i - 2] : std::string()) + (t.word ? t.fold : std::string());
  }
}

std::optional<size_t> SentenceView::Find(std::string_view list, size_t from, size_t to) const {
  for (size_t i = from; i < to && i < size(); ++i) {
    if (MatchAt(list, i) > 0) return i;
  }
  return std::nullopt;
}

}  // namespace kg
