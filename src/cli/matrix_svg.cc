#include "cli/matrix_svg.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "cli/xml.h"
#include "plan/matrix.h"

namespace podrun::cli {

namespace {

// The colours of the three answers, and the word a cell shows.
struct Look {
  const char* fill;
  const char* word;
};
Look look(const std::string& sharing) {
  if (sharing == "shared (pod)") return {"#cfe0f5", "shared (pod)"};
  if (sharing == "shared (host)") return {"#f8d7c4", "shared (host)"};
  if (sharing == "isolated") return {"#d5ecd4", "isolated"};
  return {"#eeeeee", "?"};
}

// Code points, for a width: a UTF-8 continuation byte starts none.
std::size_t glyphs(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

constexpr int kColumnWidth = 156, kRowHeight = 54, kHeadHeight = 34, kMargin = 12, kCharWidth = 8;

}  // namespace

std::string matrix_row_label(const pods::MatrixRow& row, bool several_pods) {
  auto side = [&](const std::string& who) {
    if (who == "host" || who.rfind("pod ", 0) == 0) return who;
    return several_pods ? row.pod + "/" + who : who;
  };
  return side(row.a) + " \u2194 " + side(row.b);
}

std::string matrix_svg(const std::vector<pods::MatrixRow>& rows) {
  std::set<std::string> pods;
  for (const auto& r : rows) pods.insert(r.pod);
  const bool several = pods.size() > 1;
  std::vector<std::string> labels;
  std::size_t longest = 4;
  for (const auto& r : rows) {
    labels.push_back(matrix_row_label(r, several));
    longest = std::max(longest, glyphs(labels.back()));
  }
  const int label_width = static_cast<int>(longest) * kCharWidth + 16;
  const int columns = static_cast<int>(plan::kMatrixColumns.size());
  const int width = kMargin * 2 + label_width + columns * kColumnWidth;
  const int table_bottom = kMargin + kHeadHeight + static_cast<int>(rows.size()) * kRowHeight;
  const int height = table_bottom + 58;

  std::ostringstream o;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"podrun-matrix\" width=\"" << width << "\" height=\"" << height
    << "\" viewBox=\"0 0 " << width << " " << height << "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n"
    << "<title>podrun matrix: the isolation the kernel shows (/proc/PID/ns)</title>\n"
    << "<rect x=\"0\" y=\"0\" width=\"" << width << "\" height=\"" << height << "\" fill=\"#ffffff\"/>\n";
  // The header: the kinds of isolation, and the namespace behind each.
  for (int c = 0; c < columns; ++c) {
    int x = kMargin + label_width + c * kColumnWidth + kColumnWidth / 2;
    o << "<text x=\"" << x << "\" y=\"" << kMargin + 16 << "\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">"
      << plan::kMatrixColumns[c] << "</text>\n"
      << "<text x=\"" << x << "\" y=\"" << kMargin + 29 << "\" text-anchor=\"middle\" font-size=\"10\" fill=\"#666666\">"
      << plan::ns_name(plan::kMatrixKinds[c]) << " namespace</text>\n";
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    int y = kMargin + kHeadHeight + static_cast<int>(i) * kRowHeight;
    o << "<g class=\"row\">\n<text x=\"" << kMargin << "\" y=\"" << y + kRowHeight / 2 + 5 << "\" font-size=\"13\">"
      << xml_escape(labels[i]) << "</text>\n";
    for (int c = 0; c < columns; ++c) {
      int x = kMargin + label_width + c * kColumnWidth;
      auto cell =
          std::find_if(r.cells.begin(), r.cells.end(), [&](const pods::MatrixCell& m) { return m.kind == plan::kMatrixColumns[c]; });
      if (cell == r.cells.end()) {  // a side whose namespace could not be read
        o << "<rect x=\"" << x + 2 << "\" y=\"" << y + 2 << "\" width=\"" << kColumnWidth - 4 << "\" height=\"" << kRowHeight - 4
          << "\" rx=\"4\" fill=\"#f4f4f4\" stroke=\"#dddddd\"/>\n";
        continue;
      }
      const Look l = look(cell->observed);
      const bool differs = cell->observed != cell->planned;
      o << "<rect class=\"cell\" x=\"" << x + 2 << "\" y=\"" << y + 2 << "\" width=\"" << kColumnWidth - 4 << "\" height=\""
        << kRowHeight - 4 << "\" rx=\"4\" fill=\"" << l.fill << "\" stroke=\"" << (differs ? "#cc0000" : "#ffffff") << "\" stroke-width=\""
        << (differs ? 3 : 1) << "\"/>\n";
      int cx = x + kColumnWidth / 2;
      o << "<text x=\"" << cx << "\" y=\"" << y + 21 << "\" text-anchor=\"middle\" font-size=\"13\">" << (differs ? "! " : "") << l.word
        << "</text>\n";
      std::string inodes = std::to_string(cell->inode_a);
      if (cell->inode_a != cell->inode_b) inodes += " / " + std::to_string(cell->inode_b);
      o << "<text class=\"inode\" x=\"" << cx << "\" y=\"" << y + 36 << "\" text-anchor=\"middle\" font-size=\"10\" fill=\"#444444\">"
        << inodes << "</text>\n";
      if (differs)
        o << "<text x=\"" << cx << "\" y=\"" << y + 47
          << "\" text-anchor=\"middle\" font-size=\"9\" fill=\"#cc0000\">planned: " << xml_escape(look(cell->planned).word) << "</text>\n";
    }
    o << "</g>\n";
  }
  // The legend.
  int ly = table_bottom + 16;
  int lx = kMargin;
  for (const char* s : {"shared (pod)", "shared (host)", "isolated"}) {
    o << "<rect x=\"" << lx << "\" y=\"" << ly << "\" width=\"14\" height=\"14\" rx=\"3\" fill=\"" << look(s).fill << "\"/>\n"
      << "<text x=\"" << lx + 20 << "\" y=\"" << ly + 12 << "\" font-size=\"12\">" << s << "</text>\n";
    lx += 140;
  }
  o << "<text x=\"" << kMargin << "\" y=\"" << ly + 34 << "\" font-size=\"10\" fill=\"#666666\">"
    << "shared (pod): one namespace for the pair, the pod's own; shared (host): the host's; isolated: one each. "
    << "Small type: the namespaces' inode numbers (/proc/PID/ns/*).</text>\n"
    << "</svg>\n";
  return o.str();
}

}  // namespace podrun::cli
