#include "extract/analysis.h"

namespace kg {

bool WordMatches(const std::string& pattern, const std::string& word) {
  const bool any_prefix = !pattern.empty() && pattern.front() == '*';
  const bool any_suffix = pattern.size() > 1 && pattern.back() == '*';
  const std::string core = pattern.substr(any_prefix ? 1 : 0, pattern.size() - (any_prefix ? 1 : 0) - (any_suffix ? 1 : 0));
  if (core.empty()) return true;
  if (any_prefix && any_suffix) return word.find(core) != std::string::npos;
  if (any_prefix) return word.size() > core.size() && word.compare(word.size() - core.size(), core.size(), core) == 0;
  if (any_suffix) return word.size() >= core.size() && word.compare(0, core.size(), core) == 0;
  return word == core;
}

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

size_t SentenceView::SkipHead(const std::string& list, size_t i) const {
  if (i >= size() || Covered(i) || !tokens()[i].word) return i;
  const size_t end = CompoundEnd(i);
  return CompoundEndsWith(list, end - 1) ? end : i;
}

size_t SentenceView::MatchAt(const std::string& list, size_t i) const {
  size_t best = 0;
  for (const Trigger& trigger : knowledge.List(list)) {
    size_t k = 0, j = i;
    for (; k < trigger.size() && j < size(); ++k, ++j) {
      if (!WordMatches(trigger[k], tokens()[j].fold)) break;
    }
    if (k == trigger.size() && trigger.size() > best) best = trigger.size();
  }
  return best;
}

bool SentenceView::CompoundEndsWith(const std::string& list, size_t i) const {
  // Build the compound from its first part up to i, without hyphens.
  size_t first = i;
  while (first >= 2 && Joined(first) && IsPunct(first - 1, "-") && Joined(first - 1)) first -= 2;
  std::string compound, hyphenated;
  for (size_t j = first; j <= i; ++j) {
    if (tokens()[j].word) compound += tokens()[j].fold;
    hyphenated += tokens()[j].fold;
  }
  for (const Trigger& trigger : knowledge.List(list)) {
    if (trigger.size() != 1) continue;
    const std::string& w = trigger[0];
    if (WordMatches(w, tokens()[i].fold) || WordMatches(w, hyphenated)) return true;
    if (WordMatches(w, compound)) return true;
  }
  return false;
}

std::optional<size_t> SentenceView::Find(const std::string& list, size_t from, size_t to) const {
  for (size_t i = from; i < to && i < size(); ++i) {
    if (MatchAt(list, i) > 0) return i;
  }
  return std::nullopt;
}

}  // namespace kg
