// AOJ CGL_2_D "Distance", as a contestant submits it (bundled by snippets/bundle.py).
// Input: q, then q lines x0 y0 x1 y1 x2 y2 x3 y3 (segments p0p1, p2p3; p0 != p1, p2 != p3);
// integers, |.| <= 10000, q <= 1000. Output per query: the distance between the segments
// (error < 1e-8). Exact squared distance in __int128, one rounding to double, sqrt.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/2/CGL_2_D
// competitive-verifier: ERROR 1e-8
#include "geometry/distance.hpp"
#include "geometry/io.hpp"
#include "input.hpp"
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

int main() {
  Input in;
  long long q = 0;
  if (!in.next(q)) return 1;
  std::ostringstream out;
  for (long long i = 0; i < q; i++) {
    geo::Segment<long long> s, t;
    if (!in.next(s.a) || !in.next(s.b) || !in.next(t.a) || !in.next(t.b)) return 1;
    geo::write_real(out, dist(s, t));
    out << "\n";
  }
  const std::string str = out.str();
  std::fwrite(str.data(), 1, str.size(), stdout);
  return 0;
}
