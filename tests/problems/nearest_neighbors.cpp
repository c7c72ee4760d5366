// nearest_neighbors (cpgeo's own problem; no upstream judge has it), as a contestant submits it.
// Input: N (2 <= N <= 200000), then N lines x y (integers, |.| <= 1e9, duplicates allowed).
// Output: for each point, the 0-based index of another point at the smallest distance (any
// of them on ties), one per line.
// cpgeo-judge: LOCAL (cases and exact checker: tests/problems/checkers/nearest_neighbors.py)
#include "geometry/kdtree.hpp"
#include "input.hpp"
#include <cstdio>
#include <string>
#include <vector>

int main() {
  Input in;
  std::vector<geo::Point<long long>> P;
  if (!in.points(P)) return 1;
  const geo::KDTree<long long> t(P);
  std::string out;
  for (int i = 0; i < static_cast<int>(P.size()); i++) out += std::to_string(t.nearest(P[static_cast<size_t>(i)], i)) + '\n';
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
