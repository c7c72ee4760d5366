// AOJ CGL_4_C "Convex Cut", as a contestant submits it (bundled by snippets/bundle.py).
// Input: n, n points of a convex counter-clockwise polygon, q, q lines p1x p1y p2x p2y
// (integers, |.| <= 10000). Output per line: the area left of p1 -> p2 (error < 1e-5).
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/4/CGL_4_C
// competitive-verifier: ERROR 1e-5
#include "geometry/polygon/area.hpp"
#include "geometry/polygon/cut.hpp"
#include <cstdio>
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
  bool polygon(std::vector<geo::Point<long long>>& P) {
    long long n = 0;
    if (!next(n) || n < 0) return false;
    P.resize(static_cast<size_t>(n));
    for (auto& p : P)
      if (!next(p.x) || !next(p.y)) return false;
    return true;
  }
};

}  // namespace

int main() {
  Input in;
  std::vector<geo::Point<long long>> P;
  long long q = 0;
  if (!in.polygon(P) || !in.next(q)) return 1;
  for (long long i = 0; i < q; i++) {
    geo::Point<long long> a, b;
    if (!in.next(a.x) || !in.next(a.y) || !in.next(b.x) || !in.next(b.y)) return 1;
    std::printf("%.8f\n", geo::area(geo::convex_cut(P, a, b)));
  }
  return 0;
}
