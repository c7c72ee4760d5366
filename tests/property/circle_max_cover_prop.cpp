// Properties of geometry/circle/max_cover.hpp against the exact O(n^3) brute force of
// tests/support/oracle_circle_cover.hpp (candidate centres in rationals with one square root).
//   long long, n <= 12: equal to the oracle on dense small grids (R 0..6), on configurations
//     full of exact ties (lattice points of x^2 + y^2 = R^2 for R = 5, 25, 65, 5525 and the
//     bound 20000 about a few integer centres, points moved by one unit, points exactly 2R
//     apart, repeated points), on random points at R = 2e4, all translated up to the
//     coordinate bound 1e9; RC_TAG "tie" when the answer depends on a tie (the oracle at R
//     and at R - 1/1000 differ).
//   long long, n <= 150: invariant under translation and permutation, at least the count of
//     every disc centred at a point, at most n.
//   double, long double: cover(R) <= k <= cover(R + 2 eps) (the oracle on the given floating
//     numbers), on the same tie families scaled by 2^-k (exact in binary) or also by 0.1 or
//     0.001 (rounded: the ties become near-ties inside the band), nudged by ULPs, and on
//     random reals.
#include "geometry/circle/max_cover.hpp"

#include "generators.hpp"
#include "oracle_circle_cover.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace {

using geo::Point;
using LL = long long;
using PL = Point<LL>;
using oracle::Q;

// integer points on x^2 + y^2 = R^2
const std::vector<PL>& lattice(LL R) {
  static std::map<LL, std::vector<PL>> memo;
  auto& v = memo[R];
  if (v.empty())
    for (LL x = -R; x <= R; x++) {
      const LL y2 = R * R - x * x, y = std::llround(std::sqrt(double(y2)));
      for (LL t = y - 1; t <= y + 1; t++)
        if (t >= 0 && t * t == y2) {
          v.push_back(PL(x, t));
          if (t) v.push_back(PL(x, -t));
        }
    }
  return v;
}

struct Case {
  std::vector<PL> P;
  LL R;
};

// n points, mostly on circles of radius R about a few integer centres; some moved by one unit,
// some mirrored (2R from their partner), some repeated, some anywhere within 2R.
Case tie_case(LL R, int n) {
  const auto& L = lattice(R);
  const LL k = std::max<LL>(1, R / 3);
  std::vector<PL> C;
  const int nc = int(*geotest::uniform_int(1, 3));
  for (int i = 0; i < nc; i++)
    C.push_back(PL(*geotest::uniform_int(-2, 2) * k, *geotest::uniform_int(-2, 2) * k));
  Case c{{}, R};
  for (int i = 0; i < n; i++) {
    const PL o = C[size_t(*geotest::uniform_int(0, nc - 1))];
    const PL q = L[size_t(*geotest::uniform_int(0, LL(L.size()) - 1))];
    const LL m = *geotest::uniform_int(0, 9);
    if (m < 5) c.P.push_back(o + q);
    else if (m < 6) c.P.push_back(o + q + PL(*geotest::uniform_int(-1, 1), *geotest::uniform_int(-1, 1)));
    else if (m < 7) c.P.push_back(o - q);
    else if (m < 8 && !c.P.empty()) c.P.push_back(c.P[size_t(*geotest::uniform_int(0, LL(c.P.size()) - 1))]);
    else c.P.push_back(PL(*geotest::uniform_int(-2 * R, 2 * R), *geotest::uniform_int(-2 * R, 2 * R)));
  }
  return c;
}

Case any_case(int max_n) {
  const int n = int(*geotest::uniform_int(1, max_n));
  const LL kind = *geotest::uniform_int(0, 5);
  Case c;
  if (kind == 0) {  // dense small grid
    const LL B = *geotest::uniform_int(1, 6);
    c.R = *geotest::uniform_int(0, 6);
    c.P = *rc::gen::container<std::vector<PL>>(size_t(n), geotest::uniform_point<LL>(B));
  } else if (kind == 1) {  // random at the bound R = 2e4
    c.R = 20000;
    c.P = *rc::gen::container<std::vector<PL>>(size_t(n), geotest::uniform_point<LL>(30000));
  } else {
    c = tie_case(*rc::gen::elementOf(std::vector<LL>{5, 25, 65, 5525, 20000}), n);
  }
  if (*geotest::uniform_int(0, 2) == 0) {  // up to the coordinate bound
    const LL B = 1000000000 - 100000;
    const PL t(*geotest::uniform_int(-B, B), *rc::gen::elementOf(std::vector<LL>{0, B, -B}));
    for (auto& p : c.P) p = p + t;
  }
  return c;
}

CPGEO_PROP(CircleMaxCoverProp, ExactEqualsBruteForce, 400, ()) {
  const Case c = any_case(12);
  const int k = geo::max_cover(c.P, c.R);
  const int want = oracle_cover::cover_of(c.P, c.R);
  RC_ASSERT(k == want);
  if (c.R > 0) {
    std::vector<oracle::QP> q;
    for (const auto& p : c.P) q.push_back(oracle::qp(p));
    RC_TAG(oracle_cover::cover(q, Q(Q(c.R) - Q(1, 1000))) != want ? "tie" : "no tie");
  }
}

CPGEO_PROP(CircleMaxCoverProp, InvariantsOnLargerSets, 60, ()) {
  Case c = any_case(150);
  const int k = geo::max_cover(c.P, c.R);
  RC_ASSERT(k >= 1 && k <= int(c.P.size()));
  for (const auto& p : c.P) {  // the disc centred at p
    int m = 0;
    for (const auto& q : c.P) m += oracle_cover::in_disc(oracle::qp(q), oracle::qp(p), Q(c.R)) >= 0;
    RC_ASSERT(k >= m);
  }
  const PL t(*geotest::uniform_int(-50000, 50000), *geotest::uniform_int(-50000, 50000));
  std::vector<PL> moved;
  for (const auto& p : c.P)
    if (std::abs(p.x + t.x) <= 1000000000 && std::abs(p.y + t.y) <= 1000000000) moved.push_back(p + t);
  if (moved.size() == c.P.size()) RC_ASSERT(geo::max_cover(moved, c.R) == k);
  std::reverse(c.P.begin(), c.P.end());
  std::rotate(c.P.begin(), c.P.begin() + long(c.P.size() / 3), c.P.end());
  RC_ASSERT(geo::max_cover(c.P, c.R) == k);
  RC_ASSERT(geo::max_cover(std::vector<PL>{}, c.R) == 0);
}

template <class T> void floating_contract() {
  const Case c = any_case(10);
  const int e = int(*geotest::uniform_int(-12, 0));
  const T dec = *rc::gen::elementOf(std::vector<T>{T(1), T(1), T(0.1), T(0.001)});  // rounded
  const int nudge = int(*geotest::uniform_int(0, 1));
  std::vector<Point<T>> P;
  for (const auto& p : c.P) {  // within |x|,|y| <= 1e4 after scaling, as the judge's range
    const T s = std::ldexp(dec, e) * (std::abs(p.x) > 100000 || std::abs(p.y) > 100000 ? T(1e-5) : T(1));
    Point<T> q(T(p.x % 100000) * s, T(p.y % 100000) * s);
    if (nudge) q = Point<T>(geotest::nudge(q.x, int(*geotest::uniform_int(-2, 2))),
                            geotest::nudge(q.y, int(*geotest::uniform_int(-2, 2))));
    P.push_back(q);
  }
  if (*geotest::uniform_int(0, 3) == 0)
    P = *rc::gen::container<std::vector<Point<T>>>(P.size(), geotest::uniform_point<T>(T(100)));
  const T R = T(c.R) * std::ldexp(dec, e);
  const int k = geo::max_cover(P, R);
  const int lo = oracle_cover::cover_of(P, R);
  const int hi = oracle_cover::cover(
      [&] {
        std::vector<oracle::QP> q;
        for (const auto& p : P) q.push_back(oracle::qp(p));
        return q;
      }(),
      Q(oracle::q(R) + 2 * oracle::q(geo::eps<T>)));
  RC_ASSERT(lo <= k);
  RC_ASSERT(k <= hi);
  RC_TAG(lo == hi ? "decided" : "band");
}

CPGEO_PROP(CircleMaxCoverProp, DoubleContract, 300, ()) { floating_contract<double>(); }
CPGEO_PROP(CircleMaxCoverProp, LongDoubleContract, 150, ()) { floating_contract<long double>(); }

}  // namespace
