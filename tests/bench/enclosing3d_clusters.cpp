// min_enclosing_sphere on clusters of near-duplicate points: how often the ball exceeds the
// exact optimum by more than the documented 3e-14 (|c| + r) + eps (docs/3d/enclosing.md,
// "Precision"). Not a timing benchmark: a count with fixed seeds, against the brute-force
// rational oracle (tests/support/oracle_sphere3d.hpp), which runs only when r is above a cheap
// bound of the optimum.
//   g++ -std=c++17 -O2 -I. -Itests/support tests/bench/enclosing3d_clusters.cpp -o clusters -lgmp
// Table 1 (double): 5..8 points, each a corner of an equilateral triangle on the unit circle
// moved by up to s in a random direction; 60000 sets per s. The optimum is at most 1 + s.
// Table 2 (long long): 5..8 points, each a corner of a triangle on the circle of radius R
// (rounded) moved by up to J <= 4 units per coordinate; 100000 sets per R. The optimum is at
// most R + 4 sqrt(3) + 1.
#include "geometry/3d/enclosing.hpp"

#include "oracle_sphere3d.hpp"

#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace {

using PD = geo::Point3<double>;
using PL = geo::Point3<long long>;

template <class P> bool over_bound(const std::vector<P>& p, double cheap_bound) {
  const auto s = geo::min_enclosing_sphere(p);
  if (s.r <= cheap_bound) return false;  // within the bound of an optimum <= cheap_bound
  return s.r - oracle_sphere3d::min_radius(p) > 3e-14 * (s.c.norm() + s.r) + geo::eps<double>;
}

}  // namespace

int main() {
  const double third = 2.0943951023931953;  // 2 pi / 3
  std::mt19937_64 rng(12345);
  std::uniform_real_distribution<double> u(-1, 1);
  std::printf("Table 1: double, corners of a unit triangle moved by up to s, 60000 sets each\n");
  for (double s : {1e-9, 3e-9, 1e-8, 3e-8, 1e-7, 1e-6}) {
    int over = 0;
    for (int it = 0; it < 60000; it++) {
      std::vector<PD> p(5 + rng() % 4);
      for (auto& x : p) {
        const double t = double(rng() % 3) * third;
        PD d;
        do d = PD(u(rng), u(rng), u(rng));
        while (d.norm2() > 1 || d.norm2() < 1e-2);
        x = PD(std::cos(t), std::sin(t), 0) + d * (s * (u(rng) + 1) / 2 / d.norm());
      }
      over += over_bound(p, 1 + s + 3 * geo::eps<double>);
    }
    std::printf("s = %-6g %d of 60000 over the bound\n", s, over);
  }
  std::printf("Table 2: long long, corners of a triangle of radius R moved by up to 4 units, 100000 sets each\n");
  for (double R : {1e3, 1e5, 1e7, 1e8, 1e9}) {
    int over = 0;
    for (int it = 0; it < 100000; it++) {
      std::vector<PL> p(5 + rng() % 4);
      const long long J = 1 + static_cast<long long>(rng() % 4);
      auto jitter = [&] { return static_cast<long long>(rng() % static_cast<unsigned long>(2 * J + 1)) - J; };
      for (auto& x : p) {
        const double t = double(rng() % 3) * third + 0.3;
        x = PL(std::llround(R * std::cos(t)) + jitter(), std::llround(R * std::sin(t)) + jitter(), jitter());
      }
      over += over_bound(p, R + 4 * std::sqrt(3.0) + 1);
    }
    std::printf("R = %-6g %d of 100000 over the bound\n", R, over);
  }
}
