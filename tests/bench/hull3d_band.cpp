// hull3d on nearly flat double input: how often the answer is the flat polygon, a closed
// solid, an open surface or nothing (the figures of docs/3d/hull.md, "Precision"). Not a
// timing benchmark: a count of outcomes, with fixed seeds (every count of "open" and "empty"
// is 0 since the floating hull is the exact hull of a lattice; the old counts: the README):
//   g++ -std=c++17 -O2 -DNDEBUG -I. tests/bench/hull3d_band.cpp -o hull3d_band && ./hull3d_band
// Table 1: 500 sets of 4..300 points uniform in the unit square, z uniform in +-k eps.
// Table 2: 50000 sets of 4..12 points, z uniform in +-k eps (small sets: the flat path runs
// more often). Table 3: 20000 sets of 4..12 points on the plane z = a x + b y (a, b uniform in
// +-t eps), heights moved by less than eps / 8: the flat answer is expected every time.
#include "geometry/3d/hull.hpp"

#include <cstdio>
#include <map>
#include <random>
#include <utility>
#include <vector>

namespace {

using D = geo::Point3<double>;

// 0 flat (k corners, k - 2 triangles), 1 closed (each directed edge once, its reverse once),
// 2 open (neither), 3 empty (no face: the sets below are never collinear)
int outcome(const geo::Hull3& h) {
  if (h.f.empty()) return 3;
  std::map<std::pair<int, int>, int> e;
  for (auto [a, b, c] : h.f) e[{a, b}]++, e[{b, c}]++, e[{c, a}]++;
  bool closed = true;
  for (auto [uv, k] : e) {
    auto r = e.find({uv.second, uv.first});
    closed = closed && k == 1 && r != e.end() && r->second == 1;
  }
  if (closed) return 1;
  return h.f.size() + 2 == h.v.size() ? 0 : 2;
}

// sets of n0 + rng() % dn points in the unit square, z = a x + b y + uniform(+-h); a, b
// uniform in +-t
void table(const char* label, double param, int sets, unsigned long seed, std::size_t n0, std::size_t dn, double h,
           double t) {
  int c[4] = {0, 0, 0, 0};
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0, 1), z(-h, h), s(-t, t);
  for (int it = 0; it < sets; it++) {
    const double a = t > 0 ? s(rng) : 0, b = t > 0 ? s(rng) : 0;
    std::vector<D> p(n0 + rng() % dn);
    for (auto& q : p) q.x = u(rng), q.y = u(rng), q.z = a * q.x + b * q.y + z(rng);
    c[outcome(geo::hull3d(p))]++;
  }
  std::printf("%s = %-8g flat %6d  closed %6d  open %4d  empty %4d\n", label, param, c[0], c[1], c[2], c[3]);
}

}  // namespace

int main() {
  const double eps = geo::eps<double>;
  std::printf("Table 1: 500 sets of 4..300 points, z uniform in +-k eps\n");
  for (double k : {0.25, 0.5, 1.0, 2.0, 10.0, 100.0, 1e4}) table("k", k, 500, 12345, 4, 297, k * eps, 0);
  std::printf("Table 2: 50000 sets of 4..12 points, z uniform in +-k eps\n");
  for (double k : {0.5, 1.0, 2.0, 4.0}) table("k", k, 50000, 4242, 4, 9, k * eps, 0);
  std::printf("Table 3: 20000 sets of 4..12 points on z = a x + b y + (+-eps / 8), |a|,|b| <= t eps\n");
  for (double t : {1.0, 4.0, 16.0, 1e3, 1e6}) table("t", t, 20000, 99, 4, 9, eps / 8, t * eps);
}
