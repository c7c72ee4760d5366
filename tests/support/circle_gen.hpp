// circle_gen.hpp: RapidCheck generators for the circle tests (integer circles; floating tests
// convert them exactly, scale by powers of two and nudge by ULPs).
//   CircleL                      Circle<long long>, shown as pasteable C++
//   grid_circle(n)               centre on an n x n grid around 0, radius 0..n: dense ties
//   uniform_circle(R)            centre in [-R, R]^2, radius 0..R
//   tangent_pair(R)              exactly tangent, externally or internally: centre offset a
//                                Pythagorean direction times m, r1 + r2 or |r1 - r2| = its length
//   near_tangent_pair(R)         d^2 - (r1 +- r2)^2 = +-1 (the (0,0,10000) vs
//                                (9999,1,1) family): crossing or apart by a hair
//   concentric_pair(R)           same centre, equal or different radii
//   circle_pair(R)               a weighted mix of all of the above, in random order; every
//                                centre coordinate and radius within max(R, 1e9) (the
//                                tangent families are drawn at min(R, 5e8): they reach 2x)
//   near_tangent_line(R)         {circle, a, b}: lattice line whose discriminant
//                                r^2 |b-a|^2 - cross^2 is the least value >= 0 (0 if possible)
//                                (the r = 9805 line family)
#pragma once
#include "generators.hpp"
#include "geometry/circle/circle.hpp"
#include <array>
#include <numeric>
#include <string>
#include <vector>
#include <cmath>
#include <utility>

namespace geotest {

using CircleL = geo::Circle<long long>;
using PairL = std::pair<CircleL, CircleL>;
struct CircleLine {
  CircleL c;
  Point<long long> a, b;
};

inline std::string show_circle(const CircleL& c) {
  return "CL{{" + lit(c.c.x) + ", " + lit(c.c.y) + "}, " + lit(c.r) + "}";
}

inline rc::Gen<CircleL> grid_circle(long long n) {
  return rc::gen::apply([](long long x, long long y, long long r) { return CircleL{{x, y}, r}; },
                        uniform_int(-n, n), uniform_int(-n, n), uniform_int(0, n));
}
inline rc::Gen<CircleL> uniform_circle(long long R) {
  return rc::gen::apply([](long long x, long long y, long long r) { return CircleL{{x, y}, r}; },
                        uniform_int(-R, R), uniform_int(-R, R), uniform_int(0, R));
}

// Primitive Pythagorean directions (a, b, c), a^2 + b^2 = c^2, plus the axes.
inline std::vector<std::array<long long, 3>> pythagorean(long long cmax) {
  std::vector<std::array<long long, 3>> out{{1, 0, 1}, {0, 1, 1}};
  for (long long m = 2; m * m < cmax; m++)
    for (long long n = 1; n < m; n++)
      if ((m - n) % 2 == 1 && std::gcd(m, n) == 1 && m * m + n * n <= cmax)
        out.push_back({m * m - n * n, 2 * m * n, m * m + n * n}), out.push_back({2 * m * n, m * m - n * n, m * m + n * n});
  return out;
}

inline rc::Gen<PairL> tangent_pair(long long R) {
  static const auto dirs = pythagorean(2000);
  return rc::gen::apply(
      [R](long long i, long long sx, long long sy, long long m, long long x, long long y, bool inner, long long f) {
        auto d = dirs[static_cast<size_t>(i) % dirs.size()];
        const long long k = std::max<long long>(1, std::min<long long>(m, R / d[2]));
        const long long dx = d[0] * k * (sx ? 1 : -1), dy = d[1] * k * (sy ? 1 : -1), len = d[2] * k;
        const long long r1 = inner ? f % (R + 1) : f % (len + 1);
        const long long r2 = inner ? r1 + len : len - r1;
        return PairL{CircleL{{x, y}, r1}, CircleL{{x + dx, y + dy}, r2}};
      },
      uniform_int(0, 1000), uniform_int(0, 1), uniform_int(0, 1), uniform_int(1, R), uniform_int(-R, R),
      uniform_int(-R, R), rc::gen::arbitrary<bool>(), uniform_int(0, R));
}

inline rc::Gen<PairL> near_tangent_pair(long long R) {
  // centre offset (k, 1): d^2 = k^2 + 1; inner: r2 - r1 = k (crossing by a hair),
  // outer: r1 + r2 = k (apart by a hair); also (k, 0) with r1 + r2 = k +- 1.
  return rc::gen::apply(
      [R](long long k, long long r1, long long x, long long y, int kind) {
        k = std::max<long long>(1, k);
        CircleL a{{x, y}, 0}, b{{x + k, y + 1}, 0};
        if (kind == 0) a.r = r1, b.r = r1 + k;
        else if (kind == 1) a.r = r1 % (k + 1), b.r = k - a.r;
        else b.c.y = y, a.r = r1 % (k + 1), b.r = k - a.r + (kind == 2 ? 1 : -1);
        if (b.r < 0) b.r = 0;
        (void)R;
        return PairL{a, b};
      },
      uniform_int(1, R), uniform_int(0, R), uniform_int(-R, R), uniform_int(-R, R),
      rc::gen::elementOf(std::vector<int>{0, 1, 2, 3}));
}

inline rc::Gen<PairL> concentric_pair(long long R) {
  return rc::gen::apply(
      [](long long x, long long y, long long r1, long long r2, bool eq) {
        return PairL{CircleL{{x, y}, r1}, CircleL{{x, y}, eq ? r1 : r2}};
      },
      uniform_int(-R, R), uniform_int(-R, R), uniform_int(0, R), uniform_int(0, R), rc::gen::arbitrary<bool>());
}

inline rc::Gen<PairL> circle_pair(long long R) {
  auto two = [](rc::Gen<CircleL> g) {
    return rc::gen::apply([](CircleL a, CircleL b) { return PairL{a, b}; }, g, g);
  };
  const long long H = std::min(R, 500000000LL);  // tangent pairs reach 2H: stay within 1e9
  auto pair = rc::gen::weightedOneOf<PairL>({{2, two(grid_circle(4))},
                                             {2, two(uniform_circle(R))},
                                             {3, tangent_pair(H)},
                                             {3, near_tangent_pair(H)},
                                             {1, concentric_pair(R)}});
  return rc::gen::apply([](PairL p, bool swap) { return swap ? PairL{p.second, p.first} : p; }, pair,
                        rc::gen::arbitrary<bool>());
}

inline long long isqrt128(__int128 n) {
  long long r = static_cast<long long>(std::sqrt(static_cast<long double>(n)));
  while ((__int128)r * r > n) r--;
  while ((__int128)(r + 1) * (r + 1) <= n) r++;
  return r;
}
inline long long ext_gcd(long long a, long long b, long long& u, long long& v) {
  if (b == 0) {
    u = a >= 0 ? 1 : -1, v = 0;
    return a >= 0 ? a : -a;
  }
  long long u1, v1;
  const long long g = ext_gcd(b, a % b, u1, v1);
  u = v1, v = u1 - (a / b) * v1;
  return g;
}

// Circle at the origin-ish and a lattice line whose discriminant is the least value >= 0.
inline rc::Gen<CircleLine> near_tangent_line(long long R) {
  return rc::gen::apply(
      [R](long long r, long long dx, long long dy, long long j, bool flip) {
        if (dx == 0 && dy == 0) dx = 1;
        const long long g0 = std::gcd(dx < 0 ? -dx : dx, dy < 0 ? -dy : dy);
        dx /= g0, dy /= g0;
        const __int128 n2 = (__int128)dx * dx + (__int128)dy * dy;
        const long long k = isqrt128((__int128)r * r * n2) * (flip ? -1 : 1);
        // cross(d, c - a) with c = 0: dy ax - dx ay = k
        long long u, v;
        ext_gcd(dy, -dx, u, v);  // dy u - dx v = 1 (gcd 1)
        long long ax = u * k, ay = v * k;
        // slide a along d next to the foot of the perpendicular from the origin
        const long double t = -((long double)ax * dx + (long double)ay * dy) / (long double)n2;
        const long long m = static_cast<long long>(std::llround(t));
        ax += m * dx, ay += m * dy;
        Point<long long> a{ax, ay}, b{ax + j * dx, ay + j * dy};
        (void)R;
        return CircleLine{CircleL{{0, 0}, r}, a, b};
      },
      uniform_int(1, R), uniform_int(-R / 4, R / 4), uniform_int(-R / 4, R / 4), uniform_int(1, 3),
      rc::gen::arbitrary<bool>());
}

}  // namespace geotest

namespace geo {
inline void showValue(const Circle<long long>& c, std::ostream& os) { os << geotest::show_circle(c); }
}  // namespace geo
namespace geotest {
inline void showValue(const CircleLine& l, std::ostream& os) {
  os << show_circle(l.c) << " a" << paste(l.a) << " b" << paste(l.b);
}
}  // namespace geotest
