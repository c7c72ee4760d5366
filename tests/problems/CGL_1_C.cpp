// AOJ CGL_1_C "Counter-Clockwise", as a contestant submits it (bundled by snippets/bundle.py).
// Input: x0 y0 x1 y1, q, then q lines x2 y2 (integers, |.| <= 10000, p0 != p1).
// Output per query: COUNTER_CLOCKWISE, CLOCKWISE, ONLINE_BACK, ONLINE_FRONT or ON_SEGMENT.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/1/CGL_1_C
#include "geometry/ccw.hpp"
#include "input.hpp"
#include <cstdio>
#include <string>
#include <vector>

int main() {
  Input in;
  geo::Point<long long> p0, p1, p2;
  long long q = 0;
  if (!in.next(p0) || !in.next(p1) || !in.next(q)) return 1;
  std::string out;
  for (long long i = 0; i < q; i++) {
    if (!in.next(p2)) return 1;
    switch (geo::ccw(p0, p1, p2)) {
      case 1: out += "COUNTER_CLOCKWISE\n"; break;
      case -1: out += "CLOCKWISE\n"; break;
      case 2: out += "ONLINE_BACK\n"; break;
      case -2: out += "ONLINE_FRONT\n"; break;
      default: out += "ON_SEGMENT\n"; break;
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
