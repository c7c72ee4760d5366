// Library Checker "segment_add_get_min", as a contestant submits it.
// Input: N Q, then N lines "l r a b" (y = a x + b for l <= x < r), then Q queries
// "0 l r a b" (add such a segment) or "1 p" (print the minimum at x = p over the segments
// holding p, or INFINITY). -1e9 <= l < r <= 1e9, |a|, |p| <= 1e9, |b| <= 1e18.
// The query points are read first (the whole input), as the Li Chao tree needs them.
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/segment_add_get_min
#include "geometry/envelope/li_chao.hpp"
#include "input.hpp"
#include <array>
#include <cstdio>
#include <vector>

int main() {
  Input in;
  long long n = 0, q = 0;
  if (!in.next(n) || !in.next(q)) return 1;
  std::vector<std::array<long long, 5>> ops(static_cast<size_t>(n + q));  // type, l, r, a, b
  std::vector<long long> xs;
  for (long long i = 0; i < n + q; i++) {
    auto& o = ops[static_cast<size_t>(i)];
    if (i >= n && !in.next(o[0])) return 1;
    if (o[0] == 1 ? !in.next(o[1]) : !in.next(o[1]) || !in.next(o[2]) || !in.next(o[3]) || !in.next(o[4]))
      return 1;
    if (o[0] == 1) xs.push_back(o[1]);
  }
  geo::LiChao<long long> t(xs);
  for (auto& o : ops) {
    if (o[0] == 0) t.add(o[3], o[4], o[1], o[2]);
    else if (const long long v = t.query(o[1]); v == t.none) std::puts("INFINITY");
    else std::printf("%lld\n", v);
  }
  return 0;
}
