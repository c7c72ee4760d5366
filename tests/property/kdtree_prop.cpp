// Properties of geometry/kdtree.hpp against brute force over all points in exact rationals
// (oracle::dist2): for long long, on small grids (duplicates, collinear runs), mixed points
// at 1e9, coordinates at exactly +-1e9, clusters (many near-equal points), and all points on
// one line (axis-parallel, diagonal or skew):
//   nearest(q, s)   the squared distance equals the minimum over the points other than s
//                   (any index at that distance), -1 when there is none;
//   knn(q, k, s)    min(k, n') distinct indices (not s), distances in increasing order and
//                   equal, as a multiset, to the k smallest;
//   rect(lo, hi)    the set of points in the closed box, boundaries drawn from the points;
//   within(q, r)    the set of points at distance <= r, with points exactly on the circle
//                   (3-4-5 offsets) and r at the square root of a point's distance.
// mpq_rational coordinates (a type-genericity run): nearest is the exact minimum.
// double (coordinates whose squared differences stay normal): nearest's exact squared distance is at most (1 + 9u) times the minimum, within
// reports every point with dist2 <= r^2 (1 - 6u) and none with dist2 > r^2 (1 + 6u), rect
// is exact.
#include "geometry/kdtree.hpp"

#include "generators.hpp"
#include "oracle.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = Point<LL>;
using oracle::Q;
constexpr LL B = 1000000000;

template <class P> Q d2(const P& a, const P& b) { return oracle::dist2(oracle::qp(a), oracle::qp(b)); }

// The input point sets, drawn inside a property.
std::vector<PL> draw_points() {
  switch (*rc::gen::inRange(0, 5)) {
    case 0: return *geotest::grid_points<LL>(150);
    case 1: return *geotest::sized_vector(geotest::mixed_point<LL>(B), 400);
    case 2: return *geotest::sized_vector(geotest::bound_point<LL>(B), 40);
    case 3: {  // clusters: up to 4 centres, offsets of 0..2 or up to 1000
      const auto c = *rc::gen::container<std::vector<PL>>(size_t(*rc::gen::inRange(1, 5)),
                                                           geotest::uniform_point<LL>(B - 1000));
      const LL w = *rc::gen::element(LL(0), LL(2), LL(1000));
      auto off = geotest::uniform_point<LL>(w);
      const int n = *rc::gen::inRange(0, 400);
      std::vector<PL> P;
      for (int i = 0; i < n; i++) P.push_back(c[size_t(*rc::gen::inRange<size_t>(0, c.size()))] + *off);
      return P;
    }
    default: {  // one line a + t d
      const PL a = *geotest::uniform_point<LL>(B / 2);
      const PL d = *rc::gen::weightedOneOf<PL>({{3, rc::gen::element(PL(0, 1), PL(1, 0), PL(1, 1), PL(1, -1))},
                                                 {1, geotest::uniform_point<LL>(50)}});
      const LL T = *rc::gen::element(LL(3), LL(100), LL(10000000));
      return *geotest::sized_vector(
          rc::gen::map(geotest::uniform_int(-T, T), [a, d](LL t) { return a + d * t; }), 400);
    }
  }
}

// A query point: one of P (sometimes with its index excluded) or any point of the range.
PL draw_query(const std::vector<PL>& P, int& skip) {
  skip = -1;
  if (!P.empty() && *rc::gen::inRange(0, 3) > 0) {
    const int i = *rc::gen::inRange(0, int(P.size()));
    if (*rc::gen::arbitrary<bool>()) skip = i;
    return P[size_t(i)];
  }
  if (!P.empty() && *rc::gen::arbitrary<bool>()) skip = *rc::gen::inRange(0, int(P.size()));
  return *geotest::mixed_point<LL>(B);
}

std::vector<int> sorted(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

CPGEO_PROP(KDTreeProp, NearestIsTheMinimum, 500, ()) {
  const auto P = draw_points();
  const geo::KDTree<LL> t(P);
  bool zero = false;
  for (int rep = 0; rep < 8; rep++) {
    int s;
    const PL q = draw_query(P, s);
    const int r = t.nearest(q, s);
    bool any = false;
    Q best = 0;
    for (int j = 0; j < int(P.size()); j++)
      if (j != s && (!any || d2(P[size_t(j)], q) < best)) best = d2(P[size_t(j)], q), any = true;
    zero = zero || (any && best == 0);
    if (!any) {
      RC_ASSERT(r == -1);
      continue;
    }
    RC_ASSERT(0 <= r && r < int(P.size()) && r != s);
    RC_ASSERT(d2(P[size_t(r)], q) == best);
  }
  RC_CLASSIFY(zero, "a duplicate at distance 0");
}

CPGEO_PROP(KDTreeProp, KNearestAreTheKSmallest, 300, ()) {
  const auto P = draw_points();
  const geo::KDTree<LL> t(P);
  for (int rep = 0; rep < 4; rep++) {
    int s;
    const PL q = draw_query(P, s);
    const int k = *rc::gen::inRange(0, 13);
    const auto r = t.knn(q, k, s);
    std::vector<Q> all, got;
    for (int j = 0; j < int(P.size()); j++)
      if (j != s) all.push_back(d2(P[size_t(j)], q));
    std::sort(all.begin(), all.end());
    all.resize(std::min(all.size(), size_t(k)));
    RC_ASSERT(r.size() == all.size());
    auto u = sorted(r);
    RC_ASSERT(std::unique(u.begin(), u.end()) == u.end());
    for (int j : r) {
      RC_ASSERT(0 <= j && j < int(P.size()) && j != s);
      got.push_back(d2(P[size_t(j)], q));
    }
    RC_ASSERT(got == all);  // the same multiset, in increasing order
  }
}

CPGEO_PROP(KDTreeProp, RectangleIsTheClosedBox, 300, ()) {
  const auto P = draw_points();
  const geo::KDTree<LL> t(P);
  auto coord = [&](bool y) {  // a point's coordinate (boundaries) or any value
    if (!P.empty() && *rc::gen::inRange(0, 3) > 0) {
      const PL& p = P[size_t(*rc::gen::inRange(0, int(P.size())))];
      return y ? p.y : p.x;
    }
    return *geotest::uniform_int(-B, B);
  };
  for (int rep = 0; rep < 6; rep++) {
    LL x0 = coord(false), x1 = coord(false), y0 = coord(true), y1 = coord(true);
    if (*rc::gen::inRange(0, 5) > 0) {  // mostly lo <= hi; sometimes an empty box
      if (x0 > x1) std::swap(x0, x1);
      if (y0 > y1) std::swap(y0, y1);
    }
    std::vector<int> want;
    for (int j = 0; j < int(P.size()); j++) {
      const PL& p = P[size_t(j)];
      if (x0 <= p.x && p.x <= x1 && y0 <= p.y && p.y <= y1) want.push_back(j);
    }
    RC_ASSERT(sorted(t.rect(PL(x0, y0), PL(x1, y1))) == want);
  }
}

CPGEO_PROP(KDTreeProp, WithinIsTheClosedDisc, 500, ()) {
  auto P = draw_points();
  int s;
  const PL q = draw_query(P, s);
  LL r;
  if (*rc::gen::arbitrary<bool>()) {  // points exactly on the circle of radius 5k
    const LL k = *rc::gen::element(LL(1), LL(7), LL(1000), LL(100000));
    const PL offs[] = {{3, 4}, {-4, 3}, {-3, -4}, {4, -3}, {5, 0}, {0, 5}, {-5, 0}, {0, -5}, {3, 5}};
    for (PL o : offs)
      if (geo::in_range(q + o * k, B)) P.push_back(q + o * k);
    r = 5 * k - *rc::gen::inRange(0, 2);
  } else if (!P.empty() && *rc::gen::arbitrary<bool>()) {  // r at sqrt of a point's distance
    const Q d = d2(P[size_t(*rc::gen::inRange(0, int(P.size())))], q);
    r = LL(std::sqrt(double(d.convert_to<long double>())));
    while (Q(r) * r > d) r--;
    while (Q(r + 1) * (r + 1) <= d) r++;
    r += *rc::gen::inRange(0, 2);
  } else {
    r = *rc::gen::element(LL(0), LL(1), LL(3000000000), *geotest::uniform_int(0, 3 * B));
  }
  const geo::KDTree<LL> t(P);
  std::vector<int> want;
  for (int j = 0; j < int(P.size()); j++)
    if (d2(P[size_t(j)], q) <= Q(r) * r) want.push_back(j);
  RC_CLASSIFY(std::any_of(want.begin(), want.end(), [&](int j) { return d2(P[size_t(j)], q) == Q(r) * r; }),
              "a point on the circle");
  RC_ASSERT(sorted(t.within(q, r)) == want);
}

CPGEO_PROP(KDTreeProp, ExactTypeRun, 100, ()) {
  const auto G = *geotest::grid_points<LL>(60);
  std::vector<Point<oracle::QX>> P;
  for (auto& p : G) P.push_back(Point<oracle::QX>(oracle::QX(p.x) / 3, oracle::QX(p.y) / 7));
  const geo::KDTree<oracle::QX> t(P);
  for (int i = 0; i < int(P.size()); i++) {
    const int r = t.nearest(P[size_t(i)], i);
    if (P.size() < 2) {
      RC_ASSERT(r == -1);
      continue;
    }
    Q best = -1;
    for (int j = 0; j < int(P.size()); j++)
      if (j != i && (best < 0 || d2(P[size_t(j)], P[size_t(i)]) < best)) best = d2(P[size_t(j)], P[size_t(i)]);
    RC_ASSERT(r != i && d2(P[size_t(r)], P[size_t(i)]) == best);
  }
}

CPGEO_PROP(KDTreeProp, DoublesWithinRounding, 300, ()) {
  using PD = Point<double>;
  const double R = *rc::gen::element(1.0, 1000.0, 1e6);
  const auto pt = rc::gen::weightedOneOf<PD>({  // products stay normal: no ULP-nudged zeros
      {4, geotest::uniform_point<double>(R)},
      {3, geotest::grid_point<double>(7, -3)},
      {2, geotest::special_point<double>(R)},
      {2, geotest::bound_point<double>(R)},
      {1, geotest::uniform_point<double>(R * 1e-6)}});
  const auto P = *geotest::sized_vector(pt, 120);
  const geo::KDTree<double> t(P);
  const Q u = oracle::q(std::numeric_limits<double>::epsilon() / 2);
  for (int rep = 0; rep < 6; rep++) {
    const PD q = P.empty() || *rc::gen::arbitrary<bool>() ? *pt
                                                          : P[size_t(*rc::gen::inRange(0, int(P.size())))];
    const int r = t.nearest(q);
    if (P.empty()) {
      RC_ASSERT(r == -1);
      continue;
    }
    Q best = d2(P[0], q);
    for (auto& p : P) best = std::min(best, d2(p, q));
    RC_ASSERT(0 <= r && r < int(P.size()));
    RC_ASSERT(d2(P[size_t(r)], q) <= best * (1 + 9 * u));
    const double rad = std::sqrt(double(d2(P[size_t(*rc::gen::inRange(0, int(P.size())))], q).convert_to<double>()));
    const Q r2 = oracle::q(rad) * oracle::q(rad);
    std::vector<char> in(P.size(), 0);
    for (int j : t.within(q, rad)) in[size_t(j)] = 1;
    for (size_t j = 0; j < P.size(); j++) {
      const Q d = d2(P[j], q);
      if (d <= r2 * (1 - 6 * u)) RC_ASSERT(in[j] == 1);
      if (d > r2 * (1 + 6 * u)) RC_ASSERT(in[j] == 0);
    }
    const PD a = *pt, b = *pt;
    const PD lo(std::min(a.x, b.x), std::min(a.y, b.y)), hi(std::max(a.x, b.x), std::max(a.y, b.y));
    std::vector<int> want;
    for (int j = 0; j < int(P.size()); j++) {
      const PD& p = P[size_t(j)];
      if (lo.x <= p.x && p.x <= hi.x && lo.y <= p.y && p.y <= hi.y) want.push_back(j);
    }
    RC_ASSERT(sorted(t.rect(lo, hi)) == want);
  }
}
