// AOJ CGL_7_B "Incircle of a Triangle": three points (integers, not collinear); print
// cx cy r of the incircle (error < 1e-6).
// competitive-verifier: PROBLEM https://onlinejudge.u-aizu.ac.jp/courses/library/4/CGL/7/CGL_7_B
// competitive-verifier: ERROR 1e-6
#include "geometry/circle/triangle.hpp"
#include "input.hpp"
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
  Input in;
  geo::Point<long long> a, b, c;
  if (!in.next(a) || !in.next(b) || !in.next(c)) return 1;
  const geo::Circle<double> C = geo::incircle(a, b, c);
  std::printf("%.10f %.10f %.10f\n", C.c.x, C.c.y, C.r);
  return 0;
}
