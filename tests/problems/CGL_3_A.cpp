// AOJ CGL_3_A "Area", as a contestant submits it (bundled by snippets/bundle.py).
// Input: n, then n points x y (integers, |.| <= 10000), counter-clockwise, simple.
// Output: the area with exactly one digit after the point: exact, from the integer 2A.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/3/CGL_3_A
#include "geometry/polygon/area.hpp"
#include "input.hpp"
#include <cstdio>
#include <vector>

int main() {
  Input in;
  std::vector<geo::Point<long long>> P;
  if (!in.points(P)) return 1;
  long long a2 = static_cast<long long>(geo::area2(P));
  if (a2 < 0) a2 = -a2;
  std::printf("%lld.%d\n", a2 / 2, a2 % 2 ? 5 : 0);
  return 0;
}
