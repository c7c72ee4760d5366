// AOJ CGL_7_H "Intersection of a Circle and a Polygon": n r, then n vertices (integers,
// circle at the origin, polygon counter-clockwise, possibly non-convex); print the area.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_H
// competitive-verifier: ERROR 1e-5
#include "geometry/circle/area.hpp"
#include "input.hpp"
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
  Input in;
  long long n = 0, r = 0;
  if (!in.next(n) || !in.next(r) || n < 0) return 1;
  std::vector<geo::Point<long long>> P(static_cast<size_t>(n));
  for (auto& p : P)
    if (!in.next(p)) return 1;
  std::printf("%.10f\n", geo::area(geo::Circle<long long>{{0, 0}, r}, P));
  return 0;
}
