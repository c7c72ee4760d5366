// AOJ CGL_1_A "Projection", as a contestant submits it (bundled by snippets/bundle.py).
// Input: x1 y1 x2 y2 (p1 != p2), q, then q lines x y; integers, |.| <= 10000, q <= 1000.
// Output per query: the projection of p onto the line p1 p2, "x y" (error < 1e-8).
// Integral input, so geo::project returns the exact rational rounded to double.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/1/CGL_1_A
// competitive-verifier: ERROR 1e-8
#include "geometry/io.hpp"
#include "geometry/projection.hpp"
#include "input.hpp"
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

int main() {
  Input in;
  geo::Line<long long> l;
  long long q = 0;
  if (!in.next(l.a) || !in.next(l.b) || !in.next(q)) return 1;
  std::ostringstream out;
  for (long long i = 0; i < q; i++) {
    geo::Point<long long> p;
    if (!in.next(p)) return 1;
    out << geo::project(p, l) << "\n";
  }
  const std::string s = out.str();
  std::fwrite(s.data(), 1, s.size(), stdout);
  return 0;
}
