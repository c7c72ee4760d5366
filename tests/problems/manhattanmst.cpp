// Library Checker "manhattanmst", as a contestant submits it (bundled by snippets/bundle.py).
// Input: N, then N lines x y (1 <= N <= 2e5, 0 <= x,y <= 1e9, integers, duplicates possible).
// Output: the total weight of an L1 minimum spanning tree, then its N - 1 edges "u v".
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/manhattanmst
#include "geometry/mst/manhattan.hpp"
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
  const auto mst = geo::manhattan_mst(points);
  std::vector<char> out;
  out.reserve(points.size() * 16 + 24);
  put(out, mst.first);
  out.push_back('\n');
  for (const auto& e : mst.second) {
    put(out, e[0]);
    out.push_back(' ');
    put(out, e[1]);
    out.push_back('\n');
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
