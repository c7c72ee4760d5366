// AOJ CGL_7_B "Incircle of a Triangle": three points (integers, not collinear); print
// cx cy r of the incircle (error < 1e-6).
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_B
// competitive-verifier: ERROR 1e-6
#include "geometry/circle/triangle.hpp"
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
  const geo::Point<long long> a = in.point(), b = in.point(), c = in.point();
  const geo::Circle<double> C = geo::incircle(a, b, c);
  std::printf("%.10f %.10f %.10f\n", C.c.x, C.c.y, C.r);
  return 0;
}
