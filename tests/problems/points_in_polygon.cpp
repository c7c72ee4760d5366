// cpgeo's own problem "points_in_polygon" (no upstream judge has it at this size).
// Input: N (3 <= N <= 200000), then the N vertices of a simple polygon (integers, |.| <=
// 1e9, either orientation, collinear vertices allowed), then Q (1 <= Q <= 200000) and Q
// query points (integers, |.| <= 1e9). Output per query: 2 inside, 1 on the boundary, 0
// outside (the CGL_3_C codes). Time limit 5 s per case: an O(N Q) loop cannot meet it.
// cpgeo-judge: LOCAL (cases and exact checker: tests/problems/checkers/points_in_polygon.py)
#include "geometry/polygon/locate.hpp"
#include "input.hpp"
#include <cstdio>
#include <string>
#include <vector>

int main() {
  Input in;
  std::vector<geo::Point<long long>> P, Q;
  if (!in.points(P) || !in.points(Q)) return 1;
  std::string out;
  for (geo::Where w : geo::locate(P, Q)) out += char('0' + w), out += '\n';
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
