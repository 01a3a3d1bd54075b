// Plain-text tables for the query commands: rows of cells in aligned columns, mixed with
// free lines (headings, evidence sentences) that do not take part in the alignment.
#ifndef KG_CLI_TABLE_H_
#define KG_CLI_TABLE_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

/// Columns of code points a UTF-8 string takes (one per code point; no wide characters).
size_t DisplayWidth(std::string_view utf8);

/// A block of aligned rows and free lines, printed in the order added.
class Table {
 public:
  /// `indent` precedes every row (not the free lines).
  explicit Table(std::string indent = "") : indent_(std::move(indent)) {}

  /// A row; each column is as wide as its widest cell over all rows, two spaces apart.
  /// The last cell of a row is not padded, so no line ends in spaces.
  void AddRow(std::vector<std::string> cells);
  /// A line printed as it is, between the rows.
  void AddLine(std::string line);
  /// Writes every row and line, each ending in '\n'.
  void Print(std::ostream& out) const;

 private:
  struct Entry {
    bool is_row = true;
    std::vector<std::string> cells;  // a free line is one cell
  };
  std::vector<size_t> ColumnWidths() const;

  std::string indent_;
  std::vector<Entry> entries_;
};

}  // namespace kg

#endif  // KG_CLI_TABLE_H_
