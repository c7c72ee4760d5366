// Library Checker "minimum_enclosing_circle": N, then N distinct points (integers, |.| <= 1e4);
// print N characters, 1 where the point lies exactly on the minimum enclosing circle.
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/minimum_enclosing_circle
#include "geometry/circle/enclosing.hpp"
#include "input.hpp"
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

int main() {
  Input in;
  std::vector<geo::Point<long long>> P;
  if (!in.points(P)) return 1;
  const geo::Enclosing<long long> E = geo::min_enclosing_circle(P);
  std::string out;
  for (const auto& p : P) out += E.where(p) == geo::BOUNDARY ? '1' : '0';
  out += '\n';
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
