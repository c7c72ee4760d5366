// AOJ CGL_7_I "Area of Intersection between Two Circles": two circles (integers); print the
// area of their intersection (error < 1e-6).
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_I
// competitive-verifier: ERROR 1e-6
#include "geometry/circle/union.hpp"
#include "input.hpp"
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
  Input in;
  geo::Circle<long long> a, b;
  if (!in.next(a.c) || !in.next(a.r) || !in.next(b.c) || !in.next(b.r)) return 1;
  std::printf("%.10f\n", geo::area(a, b));
  return 0;
}
