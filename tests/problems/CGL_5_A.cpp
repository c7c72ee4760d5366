// AOJ CGL_5_A "Closest Pair", as a contestant submits it (bundled by snippets/bundle.py).
// Input: n, then n lines x y (reals, at most 6 decimals, |.| <= 100). Output: the distance.
// The decimals are read exactly as integers in units of 1e-6, so the pair is found exactly
// with Point<long long> and only the final square root rounds.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/5/CGL_5_A
// competitive-verifier: ERROR 1e-6
#include "geometry/closest_pair_fast.hpp"
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

struct Input {
  std::vector<char> buf;
  size_t pos = 0;
  Input() {
    char chunk[1 << 16];
    size_t got;
    while ((got = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) buf.insert(buf.end(), chunk, chunk + got);
  }
  bool digit() const { return pos < buf.size() && buf[pos] >= '0' && buf[pos] <= '9'; }
  // A decimal with at most 6 digits after the point, times 1e6, exactly.
  bool next_micro(long long& v) {
    while (pos < buf.size() && buf[pos] != '-' && buf[pos] != '.' && !digit()) pos++;
    if (pos == buf.size()) return false;
    const bool neg = buf[pos] == '-';
    if (neg) pos++;
    v = 0;
    while (digit()) v = v * 10 + (buf[pos++] - '0');
    int frac = 0;
    if (pos < buf.size() && buf[pos] == '.') {
      pos++;
      for (; digit(); pos++)
        if (frac < 6) v = v * 10 + (buf[pos] - '0'), frac++;
    }
    for (; frac < 6; frac++) v *= 10;
    if (neg) v = -v;
    return true;
  }
};

}  // namespace

int main() {
  Input in;
  long long n = 0;
  if (!in.next_micro(n)) return 1;
  n /= 1000000;
  std::vector<geo::Point<long long>> P(static_cast<size_t>(n));
  for (auto& p : P)
    if (!in.next_micro(p.x) || !in.next_micro(p.y)) return 1;
  const auto r = geo::closest_pair_fast(P);
  const double d = std::sqrt(static_cast<double>(dist2(P[static_cast<size_t>(r.first)], P[static_cast<size_t>(r.second)])));
  std::printf("%.10f\n", d / 1e6);
  return 0;
}
