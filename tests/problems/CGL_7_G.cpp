// AOJ CGL_7_G "Common Tangent": two different circles (integers); the touch points of the
// common tangents on the first circle, one per line, sorted by x then y (error < 1e-5).
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_G
// competitive-verifier: ERROR 1e-5
#include "geometry/circle/tangents.hpp"
#include "input.hpp"
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
  Input in;
  geo::Circle<long long> a, b;
  if (!in.next(a.c) || !in.next(a.r) || !in.next(b.c) || !in.next(b.r)) return 1;
  std::vector<geo::Point<double>> t;
  for (const auto& l : geo::tangents(a, b)) t.push_back(l.first);
  std::sort(t.begin(), t.end());
  for (const auto& x : t) std::printf("%.10f %.10f\n", x.x, x.y);
  return 0;
}
