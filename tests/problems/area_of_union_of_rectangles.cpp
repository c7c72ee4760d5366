// Library Checker "area_of_union_of_rectangles", as a contestant submits it.
// Input: N, then N lines l d r u (0 <= l < r <= 1e9, 0 <= d < u <= 1e9). Output: the area.
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/area_of_union_of_rectangles
#include "geometry/union/rectangles.hpp"
#include "input.hpp"
#include <cstdio>
#include <vector>

int main() {
  Input in;
  long long n = 0;
  if (!in.next(n)) return 1;
  std::vector<geo::Rect<long long>> R(static_cast<size_t>(n));
  for (auto& r : R)
    if (!in.next(r.x1) || !in.next(r.y1) || !in.next(r.x2) || !in.next(r.y2)) return 1;
  std::printf("%lld\n", geo::rectangle_union_area(R));
  return 0;
}
