// AOJ CGL_1_B "Reflection", as a contestant submits it (bundled by snippets/bundle.py).
// Input: x1 y1 x2 y2 (p1 != p2), q, then q lines x y; integers, |.| <= 10000, q <= 1000.
// Output per query: the mirror image of p in the line p1 p2, "x y" (error < 1e-8).
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/1/CGL_1_B
// competitive-verifier: ERROR 1e-8
#include "geometry/io.hpp"
#include "geometry/projection.hpp"
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
  geo::Line<long long> l;
  long long q = 0;
  if (!in.next(l.a) || !in.next(l.b) || !in.next(q)) return 1;
  std::ostringstream out;
  for (long long i = 0; i < q; i++) {
    geo::Point<long long> p;
    if (!in.next(p)) return 1;
    out << geo::reflect(p, l) << "\n";
  }
  const std::string s = out.str();
  std::fwrite(s.data(), 1, s.size(), stdout);
  return 0;
}
