// Properties of the functions that take a convex polygon, against exact oracles
// (oracle_hull.hpp, rationals). Every property draws its polygon from convex_input: what
// convex_hull returns (strict and <true>, degenerate results where documented) or
// hullgen::rotated_with_collinear (collinear vertices on the edges, any start, poly[0]
// collinear two times in three), small or at the coordinate bound:
//   point_in_convex.hpp  where_in_convex == the winding-number oracle, for queries on and next
//                        to vertices, on edge lines beyond the corners, on a grid and inside;
//                        long long (up to 2e9: a Minkowski sum's range), double (integer
//                        coordinates up to 2e5, where orient's eps decides nothing), and
//                        exact rationals.
//   line_convex.hpp      extreme_vertex: a vertex of the exact maximum dot product, the first
//                        (last) of a tied edge; line_convex: the exact half-plane chord
//                        (size 1 iff it is one point, or both ends round to one double).
//   tangents.hpp         {-1,-1} iff the oracle says inside/boundary; otherwise every vertex
//                        lies on the documented side of both tangent lines, and a (b) is the
//                        last (first) counter-clockwise vertex on its line.
//   calipers.hpp         diameter's pair is at the exact all-pairs maximum distance (the
//                        hull's diameter is the point set's); width matches the exact
//                        brute-force width.
#include "geometry/hull/calipers.hpp"
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/line_convex.hpp"
#include "geometry/hull/point_in_convex.hpp"
#include "geometry/hull/tangents.hpp"

#include "hull_gen.hpp"
#include "oracle_hull.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

using geo::Point;
using oracle::Q;

template <class T> std::vector<Point<T>> hull_of(const std::vector<Point<T>>& in, bool keep) {
  return keep ? geo::convex_hull<true>(in) : geo::convex_hull(in);
}

template <class T> bool zero_area(const std::vector<Point<T>>& h) {
  for (std::size_t i = 2; i < h.size(); i++)
    if (oracle::orientation(oracle::qp(h[0]), oracle::qp(h[1]), oracle::qp(h[i])) != 0) return false;
  return true;
}

// A convex polygon, not empty: convex_hull's output (either mode) of any_cloud, or
// rotated_with_collinear. list_ok: <true>'s zero-area collinear list (n >= 3) may come back
// (where_in_convex and calipers take it; the others need positive area when n >= 3).
// beyond: the rotated polygons at the bound are doubled (up to 2B).
template <class T> std::vector<Point<T>> convex_input(bool list_ok, bool beyond = false) {
  const int kind = *hullgen::uniform_int(0, 3);
  std::vector<Point<T>> h;
  if (kind < 2) {
    h = hull_of(*hullgen::any_cloud<T>(30), kind == 1);
  } else {
    h = *hullgen::rotated_with_collinear<T>(30, beyond);
  }
  RC_PRE(!h.empty());
  if (!list_ok) RC_PRE(h.size() <= 2 || !zero_area(h));
  return h;
}

// Points on, next to and around the polygon, within |x|,|y| <= B.
template <class T> std::vector<Point<T>> queries_near(const std::vector<Point<T>>& h, long long B) {
  std::vector<Point<T>> q = h;
  const std::size_t n = h.size();
  const Point<T> unit[4] = {{T(1), T(0)}, {T(-1), T(0)}, {T(0), T(1)}, {T(0), T(-1)}};
  for (std::size_t i = 0; i < n; i++) {
    const Point<T> a = h[i], b = h[(i + 1) % n], c = h[(i + n / 2) % n];
    q.push_back(a * T(2) - b);  // on the edge's line, behind a
    q.push_back(b * T(2) - a);  // beyond b
    for (const auto& u : unit) q.push_back(a + u);
    q.push_back(Point<T>(T(static_cast<long long>((a.x + c.x) / T(2))), T(static_cast<long long>((a.y + c.y) / T(2)))));
  }
  for (long long x = -4; x <= 4; x++)
    for (long long y = -4; y <= 4; y++) q.push_back({T(x), T(y)});
  const T lim = T(B);
  q.erase(std::remove_if(q.begin(), q.end(),
                         [lim](const Point<T>& p) { return p.x > lim || p.x < -lim || p.y > lim || p.y < -lim; }),
          q.end());
  return q;
}

template <class T> void check_where(const std::vector<Point<T>>& h, const std::vector<Point<T>>& queries) {
  for (const auto& q : queries) RC_ASSERT(static_cast<int>(geo::where_in_convex(h, q)) == oracle_hull::where_in(h, q));
}

template <class T> void check_tangents(const std::vector<Point<T>>& h, const Point<T>& q) {
  const auto ab = geo::tangents(h, q);
  const int n = static_cast<int>(h.size());
  if (n >= 3) RC_ASSERT((oracle_hull::where_in(h, q) == 0) == (ab.first >= 0));
  if (ab.first < 0) return;
  RC_ASSERT(ab.first < n && ab.second < n && ab.second >= 0);
  const auto Qq = oracle::qp(q), A = oracle::qp(h[static_cast<std::size_t>(ab.first)]),
             B = oracle::qp(h[static_cast<std::size_t>(ab.second)]);
  for (const auto& x : h) {
    RC_ASSERT(oracle::orientation(Qq, A, oracle::qp(x)) >= 0);
    RC_ASSERT(oracle::orientation(Qq, B, oracle::qp(x)) <= 0);
  }
  if (n < 3) return;  // a is the last, b the first counter-clockwise on its line
  RC_ASSERT(oracle::orientation(Qq, A, oracle::qp(h[static_cast<std::size_t>((ab.first + 1) % n)])) > 0);
  RC_ASSERT(oracle::orientation(Qq, B, oracle::qp(h[static_cast<std::size_t>((ab.second + n - 1) % n)])) < 0);
}

// Exact for integer-valued coordinates (edge vectors exact); otherwise extreme_vertex decides
// on rounded edge vectors, so the maximum holds up to that rounding, ties undecided.
template <class T> void check_extreme(const std::vector<Point<T>>& h, const Point<T>& dir) {
  const int n = static_cast<int>(h.size());
  const auto D = oracle::qp(dir);
  auto key = [&](int i) { return oracle::dot(D, oracle::qp(h[static_cast<std::size_t>((i % n + n) % n)])); };
  Q best = key(0), scale = 0;
  bool integral = true;
  for (int i = 0; i < n; i++) {
    const auto& p = h[static_cast<std::size_t>(i)];
    best = std::max(best, key(i));
    scale = std::max({scale, Q(abs(oracle::qp(p).x)), Q(abs(oracle::qp(p).y))});
    integral = integral && std::floor(p.x) == p.x && std::floor(p.y) == p.y;
  }
  const Q slack = integral ? Q(0) : Q(16 * std::numeric_limits<double>::epsilon()) * scale *
                                        (abs(D.x) + abs(D.y));
  const int k = geo::extreme_vertex(h, dir), kl = geo::extreme_vertex(h, dir, true);
  RC_ASSERT(k >= 0 && k < n && kl >= 0 && kl < n);
  RC_ASSERT(key(k) >= best - slack);
  RC_ASSERT(key(kl) >= best - slack);
  if (n >= 3 && integral) RC_ASSERT(key(k - 1) < best && key(kl + 1) < best);
}

}  // namespace

CPGEO_PROP(HullConsumersProp, WhereInConvexLL, 300, ()) {
  const auto h = convex_input<long long>(true, true);
  check_where(h, queries_near(h, 4000000000LL));
}

CPGEO_PROP(HullConsumersProp, WhereInConvexDouble, 150, ()) {
  const auto h = convex_input<double>(true, true);
  check_where(h, queries_near(h, 200000));
}

CPGEO_PROP(HullConsumersProp, WhereInConvexExactRationals, 40, ()) {
  const auto in = *hullgen::grid_cloud<long long>(20);
  std::vector<Point<oracle::Q>> qin;
  for (auto& p : in) qin.push_back({oracle::Q(p.x), oracle::Q(p.y)});
  std::vector<Point<oracle::Q>> q;
  for (long long x = -7; x <= 7; x++)
    for (long long y = -7; y <= 7; y++) q.push_back({oracle::Q(x, 2), oracle::Q(y, 2)});
  for (int keep = 0; keep < 2; keep++) {
    auto h = hull_of(qin, keep == 1);
    std::rotate(h.begin(), h.begin() + (h.empty() ? 0 : *hullgen::uniform_int(0, 100) % static_cast<long long>(h.size())), h.end());
    if (h.size() >= 3 && zero_area(h)) continue;  // rotated, the collinear list is not a documented input
    check_where(h, q);
  }
}

CPGEO_PROP(HullConsumersProp, ExtremeVertexIsTheExactMaximum, 300, ()) {
  const auto h = convex_input<long long>(false);
  std::vector<Point<long long>> dirs;
  for (long long x = -2; x <= 2; x++)
    for (long long y = -2; y <= 2; y++)
      if (x != 0 || y != 0) dirs.push_back({x, y});
  for (std::size_t i = 0; h.size() > 1 && i < h.size(); i++) {  // perpendicular to an edge: a tie
    const auto e = h[(i + 1) % h.size()] - h[i];
    dirs.push_back(e.perp()), dirs.push_back(e.perp() * -1), dirs.push_back(e);
  }
  for (const auto& d : dirs) check_extreme(h, d);
}

CPGEO_PROP(HullConsumersProp, ExtremeVertexDouble, 100, ()) {
  const auto h = convex_input<double>(false);
  for (std::size_t i = 0; h.size() > 1 && i < h.size(); i++) {
    const auto e = h[(i + 1) % h.size()] - h[i];
    check_extreme(h, e.perp()), check_extreme(h, e.perp() * -1), check_extreme(h, e + e.perp());
  }
}

CPGEO_PROP(HullConsumersProp, TangentsLL, 300, ()) {
  const auto h = convex_input<long long>(false, true);
  for (const auto& q : queries_near(h, 4000000000LL)) check_tangents(h, q);
}

// Integer-valued doubles, where eps decides nothing (a q within eps of a tangent line may
// get either answer: orient's band).
CPGEO_PROP(HullConsumersProp, TangentsDouble, 100, ()) {
  const auto h = convex_input<double>(false, true);
  for (const auto& p : h) RC_PRE(std::floor(p.x) == p.x && std::floor(p.y) == p.y);
  for (const auto& q : queries_near(h, 200000)) check_tangents(h, q);
}

CPGEO_PROP(HullConsumersProp, LineConvexIsTheExactChord, 300, ()) {
  using P = Point<long long>;
  const auto h = convex_input<long long>(false);
  const auto pool = queries_near(h, 1000000000LL);
  const auto picks = *rc::gen::container<std::vector<long long>>(40, hullgen::uniform_int(0, 1 << 30));
  double scale = 1;  // rounding is relative to the inputs' magnitude, not the answer's
  for (auto& v : h) scale = std::max({scale, std::fabs(double(v.x)), std::fabs(double(v.y))});
  for (std::size_t t = 0; t + 1 < picks.size(); t += 2) {
    const P a = pool[static_cast<std::size_t>(picks[t]) % pool.size()],
            b = pool[static_cast<std::size_t>(picks[t + 1]) % pool.size()];
    if (a == b) continue;
    Q lo, hi;
    const auto r = geo::line_convex(h, a, b);
    bool hit;
    if (h.size() >= 3) {
      hit = oracle_hull::chord(h, a, b, lo, hi);
    } else {  // a point or a segment: the oracle's chord needs an area; clip the line by hand
      const auto A = oracle::qp(a), d = oracle::sub(oracle::qp(b), A), u = oracle::qp(h[0]), w = oracle::qp(h.back());
      const Q c0 = oracle::cross(d, oracle::sub(u, A)), c1 = oracle::cross(d, oracle::sub(w, A));
      hit = (c0 <= 0 && c1 >= 0) || (c0 >= 0 && c1 <= 0);
      if (hit) {
        auto param = [&](const oracle::QP& x) { return Q(oracle::dot(d, oracle::sub(x, A)) / oracle::dot(d, d)); };
        const oracle::QP x = c0 == c1 ? u : oracle::QP{u.x + (w.x - u.x) * (c0 / (c0 - c1)), u.y + (w.y - u.y) * (c0 / (c0 - c1))};
        lo = hi = param(x);
        if (c0 == 0 && c1 == 0) lo = std::min(param(u), param(w)), hi = std::max(param(u), param(w));
      }
    }
    RC_ASSERT(hit == !r.empty());
    if (!hit) continue;
    auto at = [&](const Q& s) {
      return Point<double>(static_cast<double>(a.x) + static_cast<double>(b.x - a.x) * s.convert_to<double>(),
                           static_cast<double>(a.y) + static_cast<double>(b.y - a.y) * s.convert_to<double>());
    };
    const Point<double> p0 = at(lo), p1 = at(hi);
    const double tol = 1e-14 * scale;
    RC_ASSERT(r.size() == (lo == hi ? 1u : 2u) || (r.size() == 1u && dist(p0, p1) <= 2 * tol));
    RC_ASSERT(dist(r.front(), p0) <= tol);
    RC_ASSERT(dist(r.back(), p1) <= tol);
  }
}

CPGEO_PROP(HullConsumersProp, DiameterIsTheAllPairsMaximum, 300, ()) {
  const auto h = convex_input<long long>(true);
  const auto ij = geo::diameter(h);
  RC_ASSERT(ij.first >= 0 && ij.second >= 0);
  RC_ASSERT(static_cast<std::size_t>(std::max(ij.first, ij.second)) < h.size());
  RC_ASSERT(oracle::dist2(oracle::qp(h[static_cast<std::size_t>(ij.first)]),
                          oracle::qp(h[static_cast<std::size_t>(ij.second)])) == oracle_hull::max_dist2(h));
}

CPGEO_PROP(HullConsumersProp, DiameterDoubleAndRationals, 100, ()) {
  const auto h = convex_input<long long>(true);
  const oracle::Q want = oracle_hull::max_dist2(h);
  std::vector<Point<double>> hd;
  std::vector<Point<oracle::Q>> hq;
  for (auto& p : h) hd.push_back({double(p.x), double(p.y)}), hq.push_back({oracle::Q(p.x), oracle::Q(p.y)});
  const auto d = geo::diameter(hd);
  RC_ASSERT(oracle::dist2(oracle::qp(hd[static_cast<std::size_t>(d.first)]), oracle::qp(hd[static_cast<std::size_t>(d.second)])) == want);
  const auto e = geo::diameter(hq);
  RC_ASSERT(oracle::dist2(oracle::qp(hq[static_cast<std::size_t>(e.first)]), oracle::qp(hq[static_cast<std::size_t>(e.second)])) == want);
}

CPGEO_PROP(HullConsumersProp, WidthMatchesBruteForce, 300, ()) {
  const auto h = convex_input<long long>(true);
  const double want = zero_area(h) ? 0.0 : std::sqrt(static_cast<double>(oracle_hull::width2(h)));
  const double got = geo::width(h);
  RC_ASSERT(std::fabs(got - want) <= 1e-9 * std::max(1.0, want));
}

// Shrunk cases from the FMA build (this file also runs in cpgeo_property_fma, where GCC
// contracts u.cross(v) into an FMA): a contracted u x u is the rounding error of one product,
// not 0, so orient saw a duplicate point as a turn and the hull lost its highest point.
TEST(HullConsumersRegression, DuplicatePointIsNoTurnUnderFma) {
  const Point<double> lo{0, -1}, hi{18014402, 1000000000}, z{0, 0};
  EXPECT_EQ(geo::orient(lo, hi, hi), 0);
  EXPECT_EQ(geo::orient(hi, lo, hi), 0);
  const auto h = geo::convex_hull<true>(std::vector<Point<double>>{z, lo, hi});
  ASSERT_EQ(h.size(), 3u);
  const auto d = geo::diameter(h);
  EXPECT_EQ(dist2(h[static_cast<std::size_t>(d.first)], h[static_cast<std::size_t>(d.second)]),
            dist2(lo, hi));
}
