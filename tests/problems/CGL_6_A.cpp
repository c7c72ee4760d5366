// AOJ CGL_6_A "Segment Intersections: Manhattan Geometry", as a contestant submits it.
// Input: n, then n lines x1 y1 x2 y2 (axis-parallel, integers, |.| <= 1e9).
// Output: the number of intersections.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/6/CGL_6_A
#include "geometry/sweep/segment_count.hpp"
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
  if (!in.next(n)) return 1;
  std::vector<geo::Segment<long long>> S(static_cast<size_t>(n));
  for (auto& s : S)
    if (!in.next(s.a.x) || !in.next(s.a.y) || !in.next(s.b.x) || !in.next(s.b.y)) return 1;
  std::printf("%lld\n", geo::count_axis_intersections(S));
  return 0;
}
