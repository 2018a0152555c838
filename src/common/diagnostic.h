// Diagnostics: what the loader says about a document. One shape for every problem, so that
// text, JSON and JUnit output (and the tests) read the same fields.
#pragma once

#include <string>
#include <vector>

namespace podrun {

// A position in an input file, 1-based; 0 means "unknown".
struct Mark {
  int line = 0;
  int column = 0;
};

enum class Severity { Error, Warning };

// Why a document is refused. Kubernetes itself refuses `Invalid` documents; the other two are
// valid Kubernetes that podrun cannot run as given (see docs/compatibility.md).
enum class Category {
  Invalid,      // syntax, schema or API-server validation failure
  Unsupported,  // a field podrun does not implement (yet)
  Unresolved,   // a ConfigMap/Secret reference that no object in the input satisfies
  Forbidden,    // valid, but admission refuses it (Pod Security), as the API server's 403
};

struct Diagnostic {
  Severity severity = Severity::Error;
  Category category = Category::Invalid;
  Mark mark;
  std::string path;     // field path such as spec.containers[1].resources.limits.memory
  std::string message;  // what is wrong, without position or path
};

// "FILE:LINE:COL: PATH: message" (parts that are unknown are left out).
std::string format_diagnostic(const std::string& file, const Diagnostic& d);

const char* category_name(Category c);

}  // namespace podrun
