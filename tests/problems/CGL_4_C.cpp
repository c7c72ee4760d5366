// AOJ CGL_4_C "Convex Cut", as a contestant submits it (bundled by snippets/bundle.py).
// Input: n, n points of a convex counter-clockwise polygon, q, q lines p1x p1y p2x p2y
// (integers, |.| <= 10000). Output per line: the area left of p1 -> p2 (error < 1e-5).
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/4/CGL_4_C
// competitive-verifier: ERROR 1e-5
#include "geometry/polygon/area.hpp"
#include "geometry/polygon/cut.hpp"
#include "input.hpp"
#include <cstdio>
#include <vector>

int main() {
  Input in;
  std::vector<geo::Point<long long>> P;
  long long q = 0;
  if (!in.points(P) || !in.next(q)) return 1;
  for (long long i = 0; i < q; i++) {
    geo::Point<long long> a, b;
    if (!in.next(a) || !in.next(b)) return 1;
    std::printf("%.8f\n", geo::area(geo::convex_cut(P, a, b)));
  }
  return 0;
}
