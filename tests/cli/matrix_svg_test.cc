// The isolation matrix as an SVG picture (cli/matrix_svg.h): well-formed, self-contained, every
// pair a row, every cell coloured by its answer with its inode numbers (no root needed).
#include <catch2/catch.hpp>

#include <string>

#include "cli/matrix_svg.h"

using podrun::cli::matrix_row_label;
using podrun::cli::matrix_svg;
using podrun::pods::MatrixCell;
using podrun::pods::MatrixRow;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

MatrixRow row(const std::string& pod, const std::string& a, const std::string& b, const std::string& sharing, unsigned long long ia,
              unsigned long long ib) {
  MatrixRow r{pod, a, b, {}};
  for (const char* kind : {"Network", "IPC", "Filesystem", "Processes", "Hostname", "Users"})
    r.cells.push_back({kind, sharing, sharing, ia, ib});
  return r;
}

}  // namespace

TEST_CASE("matrix svg: a self-contained document with a row per pair and the inode numbers", "[cli][svg]") {
  std::vector<MatrixRow> rows = {row("default/demo", "web", "client", "shared (pod)", 4026532301ULL, 4026532301ULL),
                                 row("default/demo", "web", "host", "isolated", 4026532301ULL, 4026531840ULL)};
  std::string svg = matrix_svg(rows);
  CHECK(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
  CHECK(count(svg, "<g class=\"row\">") == 2);
  CHECK(count(svg, "<rect class=\"cell\"") == 12);
  // Nothing outside the document: no link, image, script or style sheet.
  for (const char* outside : {"href", "<image", "<script", "url(", "@import"}) {
    INFO(outside);
    CHECK(svg.find(outside) == std::string::npos);
  }
  for (const char* column : {"Network", "IPC", "Filesystem", "Processes", "Hostname", "Users"})
    CHECK(svg.find(column) != std::string::npos);
  CHECK(svg.find("web \u2194 client") != std::string::npos);
  // One number where the pair shares the namespace, both where each has its own.
  CHECK(count(svg, ">4026532301</text>") == 6);
  CHECK(count(svg, ">4026532301 / 4026531840</text>") == 6);
}

TEST_CASE("matrix svg: each answer its colour, a cell that differs from the plan outlined", "[cli][svg]") {
  MatrixRow r{"default/p", "a", "host", {}};
  r.cells = {{"Network", "shared (pod)", "shared (pod)", 1, 1},
             {"IPC", "shared (host)", "shared (host)", 2, 2},
             {"Filesystem", "isolated", "isolated", 3, 4},
             {"Processes", "shared (host)", "isolated", 5, 5}};  // differs; Hostname and Users unread
  std::string svg = matrix_svg({r});
  CHECK(count(svg, "fill=\"#cfe0f5\"") == 2);  // the pod's cell, and the legend's swatch
  CHECK(count(svg, "fill=\"#f8d7c4\"") == 3);
  CHECK(count(svg, "fill=\"#d5ecd4\"") == 2);
  CHECK(count(svg, "stroke=\"#cc0000\"") == 1);
  CHECK(svg.find(">! shared (host)</text>") != std::string::npos);
  CHECK(svg.find("planned: isolated") != std::string::npos);
  CHECK(count(svg, "<rect class=\"cell\"") == 4);  // the two kinds not read are blank cells
}

TEST_CASE("matrix svg: text from the machine is escaped, rows of several pods name their pod", "[cli][svg]") {
  std::vector<MatrixRow> rows = {row("default/a", "x<y&z", "host", "isolated", 1, 2), row("default/b", "c", "host", "isolated", 1, 3)};
  std::string svg = matrix_svg(rows);
  CHECK(svg.find("x<y") == std::string::npos);
  CHECK(svg.find("default/a/x&lt;y&amp;z \u2194 host") != std::string::npos);
  CHECK(matrix_row_label(rows[1], false) == "c \u2194 host");
  CHECK(matrix_row_label({"default/a", "pod default/a", "pod default/b", {}}, true) == "pod default/a \u2194 pod default/b");
  CHECK(matrix_svg({}).find("</svg>") != std::string::npos);  // no rows: still a picture (the legend)
}
