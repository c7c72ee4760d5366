// AOJ CGL_7_D "Cross Points of a Circle and a Line": the circle, q, then q lines x1 y1 x2 y2
// (integers, at least one common point); per line the two points, smaller x (then y) first,
// a tangent point twice (error < 1e-6). The count is exact: a discriminant of 1 gives two.
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_D
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
  geo::Circle<long long> C;
  long long q = 0;
  if (!in.next(C.c) || !in.next(C.r) || !in.next(q)) return 1;
  std::string out;
  for (long long i = 0; i < q; i++) {
    geo::Point<long long> a, b;
    if (!in.next(a) || !in.next(b)) return 1;
    print_two(geo::intersection(C, a, b), out);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
