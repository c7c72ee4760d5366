// Library Checker "convex_layers", as a contestant submits it (bundled).
// Input: N (<= 2e5), then N distinct points x y (0 <= x, y <= 1e6). Output: for each point,
// in input order, the 1-based round in which onion peeling removes it (points on a layer's
// boundary, collinear ones included, belong to it).
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/convex_layers
#include "geometry/hull/layers_fast.hpp"
#include "input.hpp"
#include <cstdio>
#include <string>
#include <vector>

int main() {
  Input in;
  std::vector<geo::Point<long long>> p;
  if (!in.points(p)) return 1;
  std::string out;
  for (int layer : geo::convex_layers_fast(p)) out += std::to_string(layer) + '\n';
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
