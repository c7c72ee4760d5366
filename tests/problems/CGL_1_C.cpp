// AOJ CGL_1_C "Counter-Clockwise", as a contestant submits it (bundled by snippets/bundle.py).
// Input: x0 y0 x1 y1, q, then q lines x2 y2 (integers, |.| <= 10000, p0 != p1).
// Output per query: COUNTER_CLOCKWISE, CLOCKWISE, ONLINE_BACK, ONLINE_FRONT or ON_SEGMENT.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/1/CGL_1_C
#include "geometry/ccw.hpp"
#include <cstdio>
#include <string>
#include <vector>

namespace {

// Whole-input reader: one fread, then signed integers.
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
    bool neg = buf[pos] == '-';
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
  geo::Point<long long> p0, p1, p2;
  long long q = 0;
  if (!in.next(p0.x) || !in.next(p0.y) || !in.next(p1.x) || !in.next(p1.y) || !in.next(q)) return 1;
  std::string out;
  for (long long i = 0; i < q; i++) {
    if (!in.next(p2.x) || !in.next(p2.y)) return 1;
    switch (geo::ccw(p0, p1, p2)) {
      case 1: out += "COUNTER_CLOCKWISE\n"; break;
      case -1: out += "CLOCKWISE\n"; break;
      case 2: out += "ONLINE_BACK\n"; break;
      case -2: out += "ONLINE_FRONT\n"; break;
      default: out += "ON_SEGMENT\n"; break;
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
