// AOJ CGL_2_A "Parallel/Orthogonal", as a contestant submits it (bundled by snippets/bundle.py).
// Input: q, then q lines x0 y0 x1 y1 x2 y2 x3 y3 (lines p0p1, p2p3; p0 != p1, p2 != p3);
// integers, |.| <= 10000, q <= 1000. Output per query: 2 parallel, 1 orthogonal, 0 otherwise.
// Exact with Point<long long>.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/2/CGL_2_A
#include "geometry/line.hpp"
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
  std::string out;
  for (long long i = 0; i < q; i++) {
    geo::Line<long long> l, m;
    if (!in.next(l.a) || !in.next(l.b) || !in.next(m.a) || !in.next(m.b)) return 1;
    out += geo::parallel(l, m) ? "2\n" : geo::orthogonal(l, m) ? "1\n" : "0\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
