// Unit tests of geometry/halfplane_exact.hpp: the cases every variant runs
// (tests/support/halfplane_cases.hpp), instantiated for the exact variant, which also decides
// exactly on doubles and returns exactly left turns at every scale (exact == true).
#include "geometry/halfplane_exact.hpp"

#include "halfplane_cases.hpp"
#include "oracle.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace halfplane_cases {

struct Exact {
  static constexpr bool exact = true;
  template <class T> static auto run(const std::vector<Line<T>>& H, T box = T(0)) {
    return geo::halfplane_intersection_exact(H, box);
  }
};
INSTANTIATE_TYPED_TEST_SUITE_P(Exact, Halfplane, Exact);
INSTANTIATE_TYPED_TEST_SUITE_P(Exact, HalfplaneDeathTest, Exact);

// Three lines through one double point X, each given by X -+ d (exact), at non-integer
// coordinates: the degree-4 side of X is exactly 0 but its filter bound is not (products of
// two-part values), so the filter gives up and the expansions decide (SoS): the point X.
TEST(HalfplaneExactFilter, ConcurrentNonIntegerFallsBackToExpansions) {
  using P = geo::Point<double>;
  const P X(3 + std::ldexp(1, -40), 5 + std::ldexp(1, -41));
  const P d[3] = {P(1 + std::ldexp(1, -25), 3 * std::ldexp(1, -33)),
                  P(-std::ldexp(1, -27), 1 + std::ldexp(1, -29)),
                  P(-1 - std::ldexp(1, -26), -1 + std::ldexp(1, -31))};
  std::vector<geo::Line<double>> H;
  for (const P& v : d) H.push_back({X - v, X + v});
  for (int rot = 0; rot < 3; rot++) {
    std::rotate(H.begin(), H.begin() + 1, H.end());
    const auto r = geo::halfplane_intersection_exact(H);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_NEAR(r[0].x, X.x, 1e-14);
    EXPECT_NEAR(r[0].y, X.y, 1e-14);
  }
}

// The two arithmetics alone, against exact rationals (oracle.hpp), on the sweep's degree-4
// shape F = (P1 - P0) x (P3 - P2) * (P5 - P4) x (P7 - P6) + (P5 - P4) x (P1 - P0) *
// (P2 - P7) x (P3 - P6): random doubles of mixed magnitudes (1e-60 .. 1e60), near-ties
// (eight points on one line moved in their last bits), exact ties (P4 = P0, P5 = P1, P7 = P6:
// F = 0) of doubles of mixed magnitudes and of small integers. Xp: the exact sign, and a value within 2^-52
// (relative) of the exact one. Dd: a sign it gives is the exact one, a value it gives is
// within (1 + 2^-9) 2^-53 (relative); otherwise it throws; it decides almost all random
// input, every integer tie (e = 0), and few of the mixed ties (inexact differences: e > 0).
template <class N> N degree4(const geo::Point<double>* p) {
  using V = geo::Point<N>;
  auto x = [&](int a, int b, int c, int d) {
    return (V(p[b]) - V(p[a])).cross(V(p[d]) - V(p[c]));
  };
  return x(0, 1, 2, 3) * x(4, 5, 6, 7) + x(4, 5, 0, 1) * x(7, 2, 6, 3);
}
oracle::Q degree4_exact(const geo::Point<double>* p) {
  auto x = [&](int a, int b, int c, int d) {
    return oracle::cross(oracle::sub(oracle::qp(p[b]), oracle::qp(p[a])),
                         oracle::sub(oracle::qp(p[d]), oracle::qp(p[c])));
  };
  return x(0, 1, 2, 3) * x(4, 5, 6, 7) + x(4, 5, 0, 1) * x(7, 2, 6, 3);
}

TEST(HalfplaneExactArith, ExpansionExactFilterSureOrThrows) {
  using P = geo::Point<double>;
  using geo::hp_sg;
  std::mt19937_64 g(20261205);
  std::uniform_real_distribution<double> U(-1, 1);
  auto mixed = [&] {  // a random mantissa times 10^[-60, 60], or 0
    const double e = std::floor(U(g) * 60);
    return g() % 16 == 0 ? 0.0 : U(g) * std::pow(10.0, e);
  };
  const oracle::Q ulp = oracle::q(std::ldexp(1.0, -52)), half = ulp / 2;
  int answered[4] = {0, 0, 0, 0}, cases[4] = {0, 0, 0, 0};
  for (int it = 0; it < 4000; it++) {
    const int kind = it % 4;  // 0 mixed, 1 near-tie, 2 non-integer tie, 3 integer tie
    P p[8];
    const P o(U(g) * 1e3, U(g) * 1e3), d(U(g), U(g));
    for (int i = 0; i < 8; i++) {
      if (kind == 0) p[i] = P(mixed(), mixed());
      if (kind == 1) {
        const double t = U(g) * 100;  // o + t d, then a few ulps off
        p[i] = P(std::nextafter(o.x + t * d.x, g() % 2 ? 1e9 : -1e9), o.y + t * d.y);
      }
      if (kind == 2) p[i] = P(mixed(), mixed());  // inexact differences
      if (kind == 3) p[i] = P(double(g() % 19) - 9, double(g() % 19) - 9);
    }
    if (kind >= 2) p[4] = p[0], p[5] = p[1], p[7] = p[6];  // F = 0 exactly
    const oracle::Q F = degree4_exact(p), aF = abs(F);
    const int s = oracle::sign(F);
    cases[kind]++;
    const geo::Xp<double> X = degree4<geo::Xp<double>>(p);
    ASSERT_EQ(hp_sg(X), s) << "kind " << kind << " it " << it;
    EXPECT_LE(abs(oracle::q(double(X)) - F), aF * ulp) << "kind " << kind;
    const geo::Dd<double> D = degree4<geo::Dd<double>>(p);
    try {
      ASSERT_EQ(hp_sg(D), s) << "kind " << kind << " it " << it;
      answered[kind]++;
    } catch (int) {
    }
    try {
      const double v = double(D);
      EXPECT_LE(abs(oracle::q(v) - F), aF * half * (1 + oracle::Q(1, 512))) << "kind " << kind;
    } catch (int) {
    }
  }
  EXPECT_GE(answered[0], cases[0] * 9 / 10);  // the filter decides almost all random input
  EXPECT_LE(answered[2], cases[2] / 4);       // mixed ties: rarely sure
  EXPECT_EQ(answered[3], cases[3]);           // small integers: exact (e = 0)
}

}  // namespace halfplane_cases
