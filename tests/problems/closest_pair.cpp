// Library Checker "closest_pair", as a contestant submits it (bundled by snippets/bundle.py).
// Input: T, then per case N and N lines x y (integers, |.| <= 1e9, sum of N <= 5e5).
// Output per case: 0-based indices i j of a closest pair.
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/closest_pair
#include "geometry/closest_pair_fast.hpp"
#include <cstdio>
#include <string>
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
  bool next(long long& v) {
    while (pos < buf.size() && buf[pos] != '-' && (buf[pos] < '0' || buf[pos] > '9')) pos++;
    if (pos == buf.size()) return false;
    const bool neg = buf[pos] == '-';
    if (neg) pos++;
    v = 0;
    while (pos < buf.size() && buf[pos] >= '0' && buf[pos] <= '9') v = v * 10 + (buf[pos++] - '0');
    if (neg) v = -v;
    return true;
  }
};

}  // namespace

int main() {
  Input in;
  long long t = 0, n = 0;
  if (!in.next(t)) return 1;
  std::string out;
  std::vector<geo::Point<long long>> P;
  while (t-- > 0) {
    if (!in.next(n)) return 1;
    P.resize(static_cast<size_t>(n));
    for (auto& p : P)
      if (!in.next(p.x) || !in.next(p.y)) return 1;
    const auto r = geo::closest_pair_fast(P);
    out += std::to_string(r.first) + ' ' + std::to_string(r.second) + '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
