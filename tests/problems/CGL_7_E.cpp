// AOJ CGL_7_E "Cross Points of Circles": two circles (integers, different centres, at least
// one common point); the two points, smaller x (then y) first, a tangent point twice.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_E
// competitive-verifier: ERROR 1e-6
#include "geometry/circle/intersect.hpp"
#include "input.hpp"
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

void print_two(std::vector<geo::Point<double>> v, std::string& out) {
  if (v.size() == 1) v.push_back(v[0]);  // a tangent point twice
  std::sort(v.begin(), v.end());          // smaller x first, then smaller y
  char line[128];
  std::snprintf(line, sizeof line, "%.10f %.10f %.10f %.10f\n", v[0].x, v[0].y, v[1].x, v[1].y);
  out += line;
}

int main() {
  Input in;
  geo::Circle<long long> a, b;
  if (!in.next(a.c) || !in.next(a.r) || !in.next(b.c) || !in.next(b.r)) return 1;
  std::string out;
  print_two(geo::intersection(a, b), out);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
