// Library Checker "area_of_union_of_rectangles", as a contestant submits it.
// Input: N, then N lines l d r u (0 <= l < r <= 1e9, 0 <= d < u <= 1e9). Output: the area.
// competitive-verifier: PROBLEM https://judge.yosupo.jp/problem/area_of_union_of_rectangles
#include "geometry/union/rectangles.hpp"
#include <cstdio>
#include <vector>

namespace {

struct Input {
  std::vector<char> buf;
  size_t pos = 0;
  Input() {
    char chunk[1 << 16];
    size_t got;
    while ((got = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) buf.insert(buf.end(), chunk, chunk + got);
  }
  bool next(long long& v) {
    while (pos < buf.size() && (buf[pos] < '0' || buf[pos] > '9')) pos++;
    if (pos == buf.size()) return false;
    v = 0;
    while (pos < buf.size() && buf[pos] >= '0' && buf[pos] <= '9') v = v * 10 + (buf[pos++] - '0');
    return true;
  }
};

}  // namespace

int main() {
  Input in;
  long long n = 0;
  if (!in.next(n)) return 1;
  std::vector<geo::Rect<long long>> R(static_cast<size_t>(n));
  for (auto& r : R)
    if (!in.next(r.x1) || !in.next(r.y1) || !in.next(r.x2) || !in.next(r.y2)) return 1;
  std::printf("%lld\n", geo::rectangle_union_area(R));
  return 0;
}
