// AOJ CGL_2_B "Intersection", as a contestant submits it (bundled by snippets/bundle.py).
// Input: q, then q lines x0 y0 x1 y1 x2 y2 x3 y3 (segments p0p1, p2p3; p0 != p1, p2 != p3);
// integers, |.| <= 10000, q <= 1000. Output per query: 1 if they share a point (touching
// counts), else 0. Exact with Point<long long>.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/2/CGL_2_B
#include "geometry/segment.hpp"
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
    geo::Segment<long long> s, t;
    if (!in.next(s.a) || !in.next(s.b) || !in.next(t.a) || !in.next(t.b)) return 1;
    out += geo::intersect(s, t) ? "1\n" : "0\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
