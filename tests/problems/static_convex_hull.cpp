// Library Checker "static_convex_hull", as a contestant submits it (bundled).
// Input: T (<= 1e5) cases, each N (sum <= 5e5, N may be 0) and N points x y (|.| <= 1e9,
// duplicates possible). Output per case: M, then the strict hull (no collinear points,
// duplicates merged) counter-clockwise, any start: convex_hull_fast (strict; the fast
// variant of convex_hull for N up to 5e5), which starts at the lowest point.
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/static_convex_hull
#include "geometry/hull/convex_hull_fast.hpp"
#include "input.hpp"
#include <cstdio>
#include <vector>

namespace {

void put(std::vector<char>& out, long long v) {
  char digits[24];
  int len = 0;
  unsigned long long u = v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  do digits[len++] = static_cast<char>('0' + u % 10); while ((u /= 10) > 0);
  if (v < 0) out.push_back('-');
  while (len > 0) out.push_back(digits[--len]);
}

}  // namespace

int main() {
  Input in;
  long long t = 0;
  if (!in.next(t)) return 1;
  std::vector<char> out;
  std::vector<geo::Point<long long>> p;
  while (t-- > 0) {
    if (!in.points(p)) return 1;
    const auto hull = geo::convex_hull_fast(p);
    put(out, static_cast<long long>(hull.size()));
    out.push_back('\n');
    for (const auto& q : hull) {
      put(out, q.x);
      out.push_back(' ');
      put(out, q.y);
      out.push_back('\n');
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
