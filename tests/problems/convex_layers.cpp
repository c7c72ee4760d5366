// Library Checker "convex_layers", as a contestant submits it (bundled).
// Input: N (<= 2e5), then N distinct points x y (0 <= x, y <= 1e6). Output: for each point,
// in input order, the 1-based round in which onion peeling removes it (points on a layer's
// boundary, collinear ones included, belong to it).
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/convex_layers
#include "geometry/hull/layers.hpp"
#include <cstdio>
#include <string>
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
  std::string out;
  for (int layer : geo::convex_layers(p)) out += std::to_string(layer) + '\n';
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
