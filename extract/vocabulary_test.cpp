#include "extract/vocabulary.h"

#include <doctest/doctest.h>

#include <string>

namespace kg {

TEST_CASE("a form table finds what it stored, across growth, and its forms stay put") {
  FormTable table;
  CHECK(table.Find("a") == nullptr);
  TokenForm first_form;
  first_form.number = 0;
  const TokenForm& first = table.Insert("word0", first_form);
  for (uint32_t i = 1; i < 5000; ++i) {
    TokenForm form;
    form.number = i;
    table.Insert("word" + std::to_string(i), form);
  }
  CHECK(table.size() == 5000);
  CHECK(&first == table.Find("word0"));  // not moved by the table's growth
  for (uint32_t i = 0; i < 5000; i += 7) {
    const TokenForm* form = table.Find("word" + std::to_string(i));
    REQUIRE(form != nullptr);
    CHECK(form->number == i);
  }
  CHECK(table.Find("word5000") == nullptr);
  CHECK(table.Find("") == nullptr);
  table.Insert("", TokenForm());
  CHECK(table.Find("") != nullptr);
  table.Clear();
  CHECK(table.size() == 0);
  CHECK(table.Find("word1") == nullptr);
}

TEST_CASE("a form table tells apart texts of every size that differ in one byte") {
  FormTable table;
  uint32_t number = 0;
  for (size_t size = 1; size <= 40; ++size) {
    for (size_t at = 0; at < size; ++at) {
      std::string text(size, 'a');
      text[at] = 'b';
      TokenForm form;
      form.number = number++;
      table.Insert(text, form);
    }
    table.Insert(std::string(size, 'a'), TokenForm{"", number++});
  }
  number = 0;
  for (size_t size = 1; size <= 40; ++size) {
    for (size_t at = 0; at < size; ++at) {
      std::string text(size, 'a');
      text[at] = 'b';
      const TokenForm* form = table.Find(text);
      REQUIRE(form != nullptr);
      CHECK(form->number == number++);
      text[at] = 'c';
      CHECK(table.Find(text) == nullptr);
    }
    CHECK(table.Find(std::string(size, 'a'))->number == number++);
  }
}

TEST_CASE("a vocabulary numbers words and punctuation in one sequence, and keeps them apart") {
  Vocabulary vocabulary;
  const TokenForm& word = vocabulary.Word("Straße");
  CHECK(word.number == 0);
  CHECK(word.fold == "strasse");
  CHECK(word.upper_initial);
  CHECK(word.has_letter);
  CHECK_FALSE(word.has_digit);
  const TokenForm& dot = vocabulary.Punctuation(".");
  CHECK(dot.number == 1);
  CHECK(dot.fold == ".");
  CHECK(vocabulary.Word(".").number == 2);  // a word of the same text is another form
  CHECK(&vocabulary.Punctuation(".") == &dot);
  CHECK(&vocabulary.Word("Straße") == &word);
  CHECK(vocabulary.Punctuation("…").number == 3);
  CHECK(vocabulary.Word("GPT-4o").has_digit);
  CHECK(vocabulary.size() == 5);
}

TEST_CASE("a form table truncated to its first entries finds them and not the rest, across growth") {
  FormTable table;
  for (uint32_t i = 0; i < 3000; ++i) table.Insert("w" + std::to_string(i), TokenForm{"", i});
  table.Truncate(700);  // the table grew after the 700th entry
  CHECK(table.size() == 700);
  for (uint32_t i = 0; i < 3000; ++i) CHECK((table.Find("w" + std::to_string(i)) != nullptr) == (i < 700));
  table.Insert("w2000", TokenForm{"", 9});
  CHECK(table.Find("w2000")->number == 9);
  CHECK(table.Find("w699")->number == 699);
}

TEST_CASE("a vocabulary forgets the forms added since a mark and numbers the next ones as if unseen") {
  Vocabulary vocabulary;
  vocabulary.Word("a");
  vocabulary.Punctuation(",");
  const Vocabulary::Mark mark = vocabulary.Now();
  vocabulary.Word("b");
  vocabulary.Punctuation(";");
  vocabulary.Punctuation("„");
  CHECK(vocabulary.Punctuation(",").number == 1);
  vocabulary.Forget(mark);
  CHECK(vocabulary.size() == 2);
  CHECK(vocabulary.Punctuation(";").number == 2);  // not the forgotten 3
  CHECK(vocabulary.Word("b").number == 3);
  CHECK(vocabulary.Punctuation(",").number == 1);
  CHECK(vocabulary.Word("a").number == 0);
}

}  // namespace kg
