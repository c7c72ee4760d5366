// Library Checker "line_add_get_min", as a contestant submits it.
// Input: N Q, then N lines "a b" (the line y = a x + b), then Q queries "0 a b" (add that
// line) or "1 p" (print the minimum of a p + b over the lines so far). |a|, |p| <= 1e9,
// |b| <= 1e18. Output: one line per query of type 1.
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/line_add_get_min
#include "geometry/envelope/line_container.hpp"
#include "input.hpp"
#include <cstdio>

int main() {
  Input in;
  long long n = 0, q = 0, a = 0, b = 0, t = 0;
  if (!in.next(n) || !in.next(q)) return 1;
  geo::LineContainer<long long> c;
  for (long long i = 0; i < n; i++) {
    if (!in.next(a) || !in.next(b)) return 1;
    c.add(a, b);
  }
  for (long long i = 0; i < q; i++) {
    if (!in.next(t) || !in.next(a) || (t == 0 && !in.next(b))) return 1;
    if (t == 0) c.add(a, b);
    else std::printf("%lld\n", c.query(a));
  }
  return 0;
}
