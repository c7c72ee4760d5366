// AOJ CGL_7_A "Intersection" (of two circles): print the number of common tangents,
// 4 apart, 3 circumscribed, 2 crossing, 1 inscribed, 0 one inside the other. Integers.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_A
#include "geometry/circle/relation.hpp"
#include "input.hpp"
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
  Input in;
  geo::Circle<long long> a, b;
  if (!in.next(a.c) || !in.next(a.r) || !in.next(b.c) || !in.next(b.r)) return 1;
  std::printf("%d\n", geo::relation(a, b));
  return 0;
}
