#include "cli/table.h"

#include <algorithm>

namespace kg {

size_t DisplayWidth(std::string_view utf8) {
  return static_cast<size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // not a continuation byte
  }));
}

void Table::AddRow(std::vector<std::string> cells) { entries_.push_back({true, std::move(cells)}); }

void Table::AddLine(std::string line) { entries_.push_back({false, {std::move(line)}}); }

std::vector<size_t> Table::ColumnWidths() const {
  std::vector<size_t> widths;
  for (const Entry& entry : entries_) {
    if (!entry.is_row) continue;
    if (widths.size() < entry.cells.size()) widths.resize(entry.cells.size(), 0);
    for (size_t i = 0; i < entry.cells.size(); ++i) widths[i] = std::max(widths[i], DisplayWidth(entry.cells[i]));
  }
  return widths;
}

void Table::Print(std::ostream& out) const {
  const std::vector<size_t> widths = ColumnWidths();
  for (const Entry& entry : entries_) {
    if (!entry.is_row) {
      out << entry.cells.front() << '\n';
      continue;
    }
    std::string line = indent_;
    for (size_t i = 0; i < entry.cells.size(); ++i) {
      line += entry.cells[i];
      if (i + 1 < entry.cells.size()) line.append(widths[i] - DisplayWidth(entry.cells[i]) + 2, ' ');
    }
    line.erase(line.find_last_not_of(' ') + 1);  // an empty last cell leaves padding
    out << line << '\n';
  }
}

}  // namespace kg
