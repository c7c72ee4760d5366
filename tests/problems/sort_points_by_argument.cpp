// Library Checker "sort_points_by_argument", as a contestant submits it (bundled by
// snippets/bundle.py). Input: N, then N lines x y (N <= 2e5, |x|,|y| <= 1e9, integers).
// Output: the points, one "x y" per line, by argument in (-pi, pi]; (0,0) has argument 0.
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/sort_points_by_argument
#include "geometry/polar.hpp"
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
  std::vector<geo::Point<long long>> points;
  if (!in.points(points)) return 1;
  geo::sort_by_arg(points);
  std::vector<char> out;
  out.reserve(points.size() * 24);
  for (const auto& p : points) {
    put(out, p.x);
    out.push_back(' ');
    put(out, p.y);
    out.push_back('\n');
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
