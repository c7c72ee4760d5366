// Library Checker "count_points_in_triangle", as a contestant submits it (bundled).
// Input: N, then N points A; M, then M points B (N, M <= 500, |.| <= 1e9); Q (<= 1e6), then
// Q lines a b c (indices into A). Output per query: the number of B points strictly inside
// triangle A[a] A[b] A[c].
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/count_points_in_triangle
#include "geometry/hull/triangle_count.hpp"
#include "input.hpp"
#include <cstdio>
#include <vector>

int main() {
  Input in;
  std::vector<geo::Point<long long>> a, b;
  if (!in.points(a) || !in.points(b)) return 1;
  const geo::TriangleCount<long long> tc(a, b);
  long long q = 0;
  if (!in.next(q)) return 1;
  std::vector<char> out;
  out.reserve(static_cast<std::size_t>(q) * 4);
  while (q-- > 0) {
    long long i = 0, j = 0, k = 0;
    if (!in.next(i) || !in.next(j) || !in.next(k)) return 1;
    long long v = tc.count(static_cast<int>(i), static_cast<int>(j), static_cast<int>(k));
    char digits[24];
    int len = 0;
    do digits[len++] = static_cast<char>('0' + v % 10); while ((v /= 10) > 0);
    while (len > 0) out.push_back(digits[--len]);
    out.push_back('\n');
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
