// AOJ CGL_7_F "Tangent to a Circle": px py, then the circle (integers, p outside); the two
// tangent points, one per line, sorted by x then y (error < 1e-5).
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_F
// competitive-verifier: ERROR 1e-5
#include "geometry/circle/tangents.hpp"
#include "input.hpp"
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
  Input in;
  geo::Point<long long> p;
  geo::Circle<long long> C;
  if (!in.next(p) || !in.next(C.c) || !in.next(C.r)) return 1;
  std::vector<geo::Point<double>> t = geo::tangents(C, p);
  std::sort(t.begin(), t.end());
  for (const auto& x : t) std::printf("%.10f %.10f\n", x.x, x.y);
  return 0;
}
