// cpgeo's own problem "segment_intersections" (no upstream judge has it).
// Input: N (1 <= N <= 100000), then N lines "x1 y1 x2 y2" (integers, |.| <= 1e6; a segment
// may be a single point; at most 1e6 intersecting pairs). Output: on line 1 the number of
// unordered pairs of closed segments sharing at least one point; on line 2 the number of
// distinct points that are the only common point of at least one pair.
// cpgeo-judge: LOCAL (cases and exact checker: tests/problems/checkers/segment_intersections.py)
#include "geometry/sweep/all_intersections.hpp"
#include "input.hpp"
#include <cstdio>

int main() {
  Input in;
  long long n = 0;
  if (!in.next(n)) return 1;
  std::vector<geo::Segment<long long>> s((size_t(n)));
  for (auto& [a, b] : s)
    if (!in.next(a) || !in.next(b)) return 1;
  auto r = geo::all_intersections(s);
  long long points = 0;  // Meets come sorted by point, one (x, y, d) per point
  const geo::Meet<long long>* last = nullptr;
  for (auto& m : r)
    if (!m.piece) {
      if (!last || last->x != m.x || last->y != m.y || last->d != m.d) points++;
      last = &m;
    }
  std::printf("%zu\n%lld\n", r.size(), points);
  return 0;
}
