// AOJ CGL_6_A "Segment Intersections: Manhattan Geometry", as a contestant submits it.
// Input: n, then n lines x1 y1 x2 y2 (axis-parallel, integers, |.| <= 1e9).
// Output: the number of intersections.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/6/CGL_6_A
#include "geometry/sweep/segment_count.hpp"
#include "input.hpp"
#include <cstdio>
#include <vector>

int main() {
  Input in;
  long long n = 0;
  if (!in.next(n)) return 1;
  std::vector<geo::Segment<long long>> S(static_cast<size_t>(n));
  for (auto& s : S)
    if (!in.next(s.a) || !in.next(s.b)) return 1;
  std::printf("%lld\n", geo::count_axis_intersections(S));
  return 0;
}
