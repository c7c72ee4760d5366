// cpgeo's own problem "planar_arrangement" (no upstream judge has it).
// Input: N Q (1 <= N, Q <= 20000), N lines "x1 y1 x2 y2" (a segment may be a single point),
// Q lines "x y"; integers, |.| <= 10000; at most 2e5 pairs of segments sharing a point.
// Output: line 1 "V E F": the vertices (every end and every common point, each once), edges
// (pieces between consecutive vertices, overlaps merged) and faces (the unbounded one
// included) of the segments' planar graph; then per query "B" if it lies on a segment, "U"
// if it is in the unbounded face, else the least index (0-based) of a query in its face.
// cpgeo-judge: LOCAL (cases and exact checker: tests/problems/checkers/planar_arrangement.py)
#include "geometry/sweep/arrangement.hpp"
#include "input.hpp"
#include <cstdio>
#include <string>

int main() {
  Input in;
  long long n = 0, q = 0;
  if (!in.next(n) || !in.next(q)) return 1;
  std::vector<geo::Segment<long long>> s((size_t(n)));
  for (auto& [a, b] : s)
    if (!in.next(a) || !in.next(b)) return 1;
  std::vector<geo::Point<long long>> p((size_t(q)));
  for (auto& x : p)
    if (!in.next(x)) return 1;
  auto A = geo::arrangement(s, p);
  std::printf("%zu %zu %zu\n", A.v.size(), A.e.size(), A.area.size());
  std::vector<int> first(A.area.size(), -1);  // per face, its first query
  std::string out;
  for (size_t i = 0; i < p.size(); i++) {
    auto [kind, id] = A.at[i];
    if (kind) out += "B\n";
    else if (id == 0) out += "U\n";
    else {
      int& f = first[size_t(id)];
      if (f < 0) f = int(i);
      out += std::to_string(f) + "\n";
    }
  }
  std::fputs(out.c_str(), stdout);
  return 0;
}
