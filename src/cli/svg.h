// Graphviz's `dot -Tsvg`, run as a child process: a namespace graph (plan/render.h plan_dot)
// as an SVG picture, for `podrun plan -o svg` and `podrun ui`. Kept out of plan/, which is
// pure: this is the one place podrun runs Graphviz.
#pragma once

#include <stdexcept>
#include <string>

namespace podrun::cli {

// `dot` is not on PATH: the message says to install Debian's graphviz.
struct GraphvizMissing : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The SVG document `dot -Tsvg` makes of `dot_source`. The child gets fds 0-2 only: the source
// on its standard input, its output read from its standard output, its standard error this
// process's. Throws GraphvizMissing, or std::runtime_error when dot fails (its exit status).
std::string dot_to_svg(const std::string& dot_source);

// The <svg> element of an SVG document, without the XML declaration and DOCTYPE before it:
// what an HTML page can hold inline.
std::string inline_svg(const std::string& svg_document);

}  // namespace podrun::cli
