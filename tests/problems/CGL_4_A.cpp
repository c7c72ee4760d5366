// AOJ CGL_4_A "Convex Hull", as a contestant submits it (bundled by snippets/bundle.py).
// Input: n (3 <= n <= 1e5), then n distinct points x y (|x|,|y| <= 1e4, integers).
// Output: the number of hull points, then the hull with EVERY input point on its boundary,
// counter-clockwise from the lowest point (leftmost among ties): convex_hull<true>.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/4/CGL_4_A
#include "geometry/hull/convex_hull.hpp"
#include <cstdio>
#include <vector>

namespace {

struct Input {  // whole input in one fread, then signed integers
  std::vector<char> buf;
  std::size_t pos = 0;
  Input() {
    char chunk[1 << 16];
    std::size_t got;
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
  long long n = 0;
  if (!in.next(n) || n < 0) return 1;
  std::vector<geo::Point<long long>> p(static_cast<std::size_t>(n));
  for (auto& q : p)
    if (!in.next(q.x) || !in.next(q.y)) return 1;
  const auto hull = geo::convex_hull<true>(p);
  std::printf("%zu\n", hull.size());
  for (const auto& q : hull) std::printf("%lld %lld\n", q.x, q.y);
  return 0;
}
