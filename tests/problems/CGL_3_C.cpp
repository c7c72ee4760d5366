// AOJ CGL_3_C "Polygon-Point Containment", as a contestant submits it (bundled).
// Input: n, n points of a simple counter-clockwise polygon, q, q query points
// (integers, |.| <= 10000). Output per query: 2 inside, 1 on the boundary, 0 outside.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/3/CGL_3_C
#include "geometry/polygon/contains.hpp"
#include <cstdio>
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
  std::string out;
  for (long long i = 0; i < q; i++) {
    geo::Point<long long> p;
    if (!in.next(p.x) || !in.next(p.y)) return 1;
    out += static_cast<char>('0' + static_cast<int>(geo::contains(P, p)));
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
