// AOJ CGL_2_A "Parallel/Orthogonal", as a contestant submits it (bundled by snippets/bundle.py).
// Input: q, then q lines x0 y0 x1 y1 x2 y2 x3 y3 (lines p0p1, p2p3; p0 != p1, p2 != p3);
// integers, |.| <= 10000, q <= 1000. Output per query: 2 parallel, 1 orthogonal, 0 otherwise.
// Exact with Point<long long>.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/2/CGL_2_A
#include "geometry/line.hpp"
#include "input.hpp"
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

int main() {
  Input in;
  long long q = 0;
  if (!in.next(q)) return 1;
  std::string out;
  for (long long i = 0; i < q; i++) {
    geo::Line<long long> l, m;
    if (!in.next(l.a) || !in.next(l.b) || !in.next(m.a) || !in.next(m.b)) return 1;
    out += geo::parallel(l, m) ? "2\n" : geo::orthogonal(l, m) ? "1\n" : "0\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
