// The observed isolation matrix (pods/observe.h observed_matrix) as an SVG table, for slides
// and for `podrun ui`: a row per pair, a column per kind of isolation, each cell coloured by
// how the pair shares it (shared by the pod, the host's, isolated) with the namespaces' inode
// numbers in small type. Pure: rows in, a self-contained SVG document out.
#pragma once

#include <string>
#include <vector>

#include "pods/observe.h"

namespace podrun::cli {

std::string matrix_svg(const std::vector<pods::MatrixRow>& rows);

// A row's label as `podrun matrix` prints it: "web ↔ client", with the pod's name in front of
// each container when the rows are of several pods ("default/a/web ↔ host").
std::string matrix_row_label(const pods::MatrixRow& row, bool several_pods);

}  // namespace podrun::cli
