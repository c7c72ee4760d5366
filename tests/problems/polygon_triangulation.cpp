// cpgeo's own problem "polygon_triangulation" (no upstream judge has it).
// Input: N (3 <= N <= 5000), then the N vertices "x y" of a simple polygon in
// counter-clockwise order (integers, |.| <= 1e9; collinear vertices allowed). Output: N - 2
// lines "i j k" (0-based, counter-clockwise), triangles of positive area tiling the polygon.
// cpgeo-judge: LOCAL (cases and exact checker: tests/problems/checkers/polygon_triangulation.py)
#include "geometry/polygon/triangulate_fast.hpp"
#include "input.hpp"
#include <cstdio>

int main() {
  Input in;
  std::vector<geo::Point<long long>> P;
  if (!in.points(P)) return 1;
  for (auto& t : geo::triangulate_fast(P))
    std::printf("%d %d %d\n", t[0], t[1], t[2]);
  return 0;
}
