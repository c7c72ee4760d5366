// AOJ CGL_3_B "Is-Convex", as a contestant submits it (bundled by snippets/bundle.py).
// Input: n, then n points (integers, |.| <= 10000), counter-clockwise, simple.
// Output: 1 if every interior angle is <= 180 degrees, else 0.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/3/CGL_3_B
#include "geometry/polygon/convex.hpp"
#include "input.hpp"
#include <cstdio>
#include <vector>

int main() {
  Input in;
  std::vector<geo::Point<long long>> P;
  if (!in.points(P)) return 1;
  std::printf("%d\n", geo::is_convex(P) ? 1 : 0);
  return 0;
}
