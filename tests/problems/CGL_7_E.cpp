// AOJ CGL_7_E "Cross Points of Circles": two circles (integers, different centres, at least
// one common point); the two points, smaller x (then y) first, a tangent point twice.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_E
// competitive-verifier: ERROR 1e-6
#include "geometry/circle/intersect.hpp"
#include <algorithm>
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

void print_two(std::vector<geo::Point<double>> v, std::string& out) {
  if (v.size() == 1) v.push_back(v[0]);  // a tangent point twice
  std::sort(v.begin(), v.end());          // smaller x first, then smaller y
  char line[128];
  std::snprintf(line, sizeof line, "%.10f %.10f %.10f %.10f\n", v[0].x, v[0].y, v[1].x, v[1].y);
  out += line;
}

int main() {
  Input in;
  const geo::Circle<long long> a = in.circle(), b = in.circle();
  std::string out;
  print_two(geo::intersection(a, b), out);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
