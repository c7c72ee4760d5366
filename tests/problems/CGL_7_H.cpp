// AOJ CGL_7_H "Intersection of a Circle and a Polygon": n r, then n vertices (integers,
// circle at the origin, polygon counter-clockwise, possibly non-convex); print the area.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_H
// competitive-verifier: ERROR 1e-5
#include "geometry/circle/area.hpp"
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
  const long long n = in.next(), r = in.next();
  std::vector<geo::Point<long long>> P;
  for (long long i = 0; i < n; i++) P.push_back(in.point());
  std::printf("%.10f\n", geo::area(geo::Circle<long long>{{0, 0}, r}, P));
  return 0;
}
