// AOJ CGL_2_C "Cross Point", as a contestant submits it (bundled by snippets/bundle.py).
// Input: q, then q lines x0 y0 x1 y1 x2 y2 x3 y3 (segments p0p1, p2p3 that cross and are
// not parallel); integers, |.| <= 10000, q <= 1000. Output per query: the cross point "x y"
// (error < 1e-8).
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/2/CGL_2_C
// competitive-verifier: ERROR 1e-8
#include "geometry/io.hpp"
#include "geometry/segment.hpp"
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Whole-input reader: one fread, then signed integers.
struct Input {
  std::vector<char> buf;
  size_t pos = 0;
  Input() {
    char chunk[1 << 16];
    size_t got;
    while ((got = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) buf.insert(buf.end(), chunk, chunk + got);
  }
  bool next(long long& v) {
    while (pos < buf.size() && buf[pos] != '-' && (buf[pos] < '0' || buf[pos] > '9')) pos++;
    if (pos == buf.size()) return false;
    bool neg = buf[pos] == '-';
    if (neg) pos++;
    v = 0;
    while (pos < buf.size() && buf[pos] >= '0' && buf[pos] <= '9') v = v * 10 + (buf[pos++] - '0');
    if (neg) v = -v;
    return true;
  }
  bool next(geo::Point<long long>& p) { return next(p.x) && next(p.y); }
};

}  // namespace

int main() {
  Input in;
  long long q = 0;
  if (!in.next(q)) return 1;
  std::ostringstream out;
  for (long long i = 0; i < q; i++) {
    geo::Segment<long long> s, t;
    if (!in.next(s.a) || !in.next(s.b) || !in.next(t.a) || !in.next(t.b)) return 1;
    const std::vector<geo::Point<double>> x = geo::intersection(s, t);
    if (x.size() != 1) return 2;  // the statement guarantees one crossing point
    out << x[0] << "\n";
  }
  const std::string str = out.str();
  std::fwrite(str.data(), 1, str.size(), stdout);
  return 0;
}
