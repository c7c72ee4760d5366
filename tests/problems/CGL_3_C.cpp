// AOJ CGL_3_C "Polygon-Point Containment", as a contestant submits it (bundled).
// Input: n, n points of a simple counter-clockwise polygon, q, q query points
// (integers, |.| <= 10000). Output per query: 2 inside, 1 on the boundary, 0 outside.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/3/CGL_3_C
#include "geometry/polygon/contains.hpp"
#include "input.hpp"
#include <cstdio>
#include <string>
#include <vector>

int main() {
  Input in;
  std::vector<geo::Point<long long>> P;
  long long q = 0;
  if (!in.points(P) || !in.next(q)) return 1;
  std::string out;
  for (long long i = 0; i < q; i++) {
    geo::Point<long long> p;
    if (!in.next(p)) return 1;
    out += static_cast<char>('0' + static_cast<int>(geo::contains(P, p)));
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
