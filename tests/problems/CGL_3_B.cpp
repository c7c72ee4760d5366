// AOJ CGL_3_B "Is-Convex", as a contestant submits it (bundled by snippets/bundle.py).
// Input: n, then n points (integers, |.| <= 10000), counter-clockwise, simple.
// Output: 1 if every interior angle is <= 180 degrees, else 0.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/3/CGL_3_B
#include "geometry/polygon/convex.hpp"
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
  if (!in.polygon(P)) return 1;
  std::printf("%d\n", geo::is_convex(P) ? 1 : 0);
  return 0;
}
