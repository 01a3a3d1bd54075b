// StringPool: each distinct string held once and named by a dense id, for data that repeats
// a few texts many times (the sentence, document and rule of every relation's evidence).
#ifndef KG_BASE_STRING_POOL_H_
#define KG_BASE_STRING_POOL_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/intern_table.h"

namespace kg {

/// Interns strings. Ids are dense, from 0, in the order texts were first interned. Not thread-safe.
class StringPool {
 public:
  /// The id of `text`, storing a copy the first time it is seen.
  uint32_t Intern(std::string_view text) {
    if (auto known = ids_.find(text); known != ids_.end()) return known->second;
    const auto id = static_cast<uint32_t>(strings_.size());
    strings_.emplace_back(text);
    ids_.emplace(strings_.back(), id);
    return id;
  }

  /// The text of an id that Intern returned; the reference lives as long as the pool.
  const std::string& Get(uint32_t id) const { return strings_[id]; }

  /// Moves every text out, indexed by id, and leaves the pool empty: for when no more
  /// texts will come, so that the index is freed and the texts can be moved on.
  std::vector<std::string> TakeAll() {
    std::vector<std::string> texts;
    texts.reserve(strings_.size());
    for (std::string& text : strings_) texts.push_back(std::move(text));
    *this = StringPool();
    return texts;
  }

  /// The number of distinct texts.
  size_t size() const { return strings_.size(); }

 private:
  std::deque<std::string> strings_;  // a deque, so that the views in ids_ never move
  std::unordered_map<std::string_view, uint32_t, StringHash> ids_;
};

}  // namespace kg

#endif  // KG_BASE_STRING_POOL_H_
