// AOJ CGL_7_I "Area of Intersection between Two Circles": two circles (integers); print the
// area of their intersection (error < 1e-6).
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_I
// competitive-verifier: ERROR 1e-6
#include "geometry/circle/union.hpp"
#include <algorithm>
#include <cstdio>
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
  long long next() {
    while (pos < buf.size() && buf[pos] != '-' && (buf[pos] < '0' || buf[pos] > '9')) pos++;
    bool neg = pos < buf.size() && buf[pos] == '-';
    if (neg) pos++;
    long long v = 0;
    while (pos < buf.size() && buf[pos] >= '0' && buf[pos] <= '9') v = v * 10 + (buf[pos++] - '0');
    return neg ? -v : v;
  }
  geo::Point<long long> point() {
    const long long x = next();
    return {x, next()};
  }
  geo::Circle<long long> circle() {
    const geo::Point<long long> c = point();
    return {c, next()};
  }
};

}  // namespace

int main() {
  Input in;
  const geo::Circle<long long> a = in.circle(), b = in.circle();
  std::printf("%.10f\n", geo::area(a, b));
  return 0;
}
