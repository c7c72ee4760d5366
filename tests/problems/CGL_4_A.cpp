// AOJ CGL_4_A "Convex Hull", as a contestant submits it (bundled by snippets/bundle.py).
// Input: n (3 <= n <= 1e5), then n distinct points x y (|x|,|y| <= 1e4, integers).
// Output: the number of hull points, then the hull with EVERY input point on its boundary,
// counter-clockwise from the lowest point (leftmost among ties): convex_hull<true>.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/4/CGL_4_A
#include "geometry/hull/convex_hull.hpp"
#include "input.hpp"
#include <cstdio>
#include <vector>

int main() {
  Input in;
  std::vector<geo::Point<long long>> p;
  if (!in.points(p)) return 1;
  const auto hull = geo::convex_hull<true>(p);
  std::printf("%zu\n", hull.size());
  for (const auto& q : hull) std::printf("%lld %lld\n", q.x, q.y);
  return 0;
}
