// AOJ CGL_4_B "Diameter of a Convex Polygon", as a contestant submits it (bundled).
// Input: n (3 <= n <= 80000), then n points x y (reals with up to 6 decimals, |.| <= 100),
// counter-clockwise, convex. Output: the diameter, error < 1e-6. Read as doubles: the
// rotating calipers decide by the signs of cross products of edges (no eps); a wrong sign
// between edges parallel up to rounding changes the distance only by rounding.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/4/CGL_4_B
// competitive-verifier: ERROR 1e-6
#include "geometry/hull/diameter.hpp"
#include <cstdio>
#include <vector>

int main() {
  int n = 0;
  if (std::scanf("%d", &n) != 1 || n < 1) return 1;
  std::vector<geo::Point<double>> p(static_cast<std::size_t>(n));
  for (auto& q : p)
    if (std::scanf("%lf %lf", &q.x, &q.y) != 2) return 1;
  const auto ij = geo::diameter(p);
  std::printf("%.10f\n", dist(p[static_cast<std::size_t>(ij.first)], p[static_cast<std::size_t>(ij.second)]));
  return 0;
}
