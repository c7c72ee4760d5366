// Properties of geometry/on_segment.hpp, segment.hpp and distance.hpp against tests/support/oracle_lines.hpp.
//
// long long: on_segment, intersect, the proper-crossing idiom of side (segment-segment and
//   line-segment), cross_at (its sign is the exact orientation), dist2
//   (point-segment, segment-segment, exact num/den) and intersection (empty / point /
//   overlap) equal the exact oracle on dense 6x6 and 10x10 grids (T-junctions, collinear
//   overlaps, touching, disjoint, zero-length segments), uniform and boundary coordinates up
//   to 1e9, collinear lattice quadruples and nearly parallel pairs; every one of the 8
//   versions of a pair (swap s and t, reverse either) gives the same answer bit for bit;
//   overlap ends and touching endpoints come back exactly, crossing points within
//   5u (|x| + |a|); Dist2's < agrees with rational comparison.
// mpq_rational: the library computes the intersection set and distances exactly.
// double / long double: on_segment, the proper-crossing idiom of side, line-segment intersect
//   obey the EPS contract for |coordinates| <= eps / (23 u), segment intersect for
//   <= eps / (46 u); dist2(s, t).zero() == intersect(s, t); the 8 versions agree bit for bit
//   (cross_at negates on reversing s); intersection points lie within 2 eps (plus the
//   construction bound) of both segments, crossing points within 24u R / sin + 4u |x|;
//   without a proper crossing only input endpoints come back, and an exact
//   overlap's end exactly unless another endpoint lies within 2 eps of it; distances within
//   their documented error.
#include "geometry/distance.hpp"
#include "geometry/line.hpp"
#include "geometry/segment.hpp"

#include "contract.hpp"
#include "generators.hpp"
#include "oracle.hpp"
#include "oracle_lines.hpp"
#include "property.hpp"
#include "scoped_eps.hpp"
#include "show.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace {

using geo::Line;
using geo::Point;
using geo::Segment;
using geotest::Quad;
using geotest::Val;
using oracle::Q;
using oracle::QP;
using oracle::qp;
namespace ol = oracle_lines;
using LL = long long;
using LD = long double;
constexpr LL kBound = 1000000000;

LD ld(const Q& v) { return v.convert_to<LD>(); }
LD len(const QP& p) { return std::sqrt(ld(oracle::dot(p, p))); }
template <class T> bool finite(const Point<T>& p) {
  if constexpr (std::is_floating_point<T>::value) return std::isfinite(p.x) && std::isfinite(p.y);
  else return true;
}
template <class T> LD err(const Point<T>& got, const QP& want) {
  RC_ASSERT(finite(got));
  return std::sqrt(ld(oracle::dist2(qp(got), want)));
}
template <class T> LD unit() { return std::numeric_limits<geo::frac_t<T>>::epsilon() / 2; }
template <class T> Q dist2q(const geo::Dist2<T>& d) { return oracle::q(d.num) / oracle::q(d.den); }

// A line against a segment: the idiom documented in line_distance.hpp (line.hpp's side).
template <class T> bool meets(const Line<T>& l, const Segment<T>& s) {
  return geo::side(l, s.a) * geo::side(l, s.b) <= 0;
}
template <class T> bool cuts(const Line<T>& l, const Segment<T>& s) {
  return geo::side(l, s.a) * geo::side(l, s.b) < 0;
}
// A proper crossing of two segments: the idiom of docs/segment.md (on_segment.hpp's side).
template <class T> bool proper(const Segment<T>& s, const Segment<T>& t, T tol = geo::eps<T>) {
  return geo::side(s, t.a, tol) * geo::side(s, t.b, tol) < 0 && geo::side(t, s.a, tol) * geo::side(t, s.b, tol) < 0;
}

// The 8 versions of the pair (s, t): swapped, and either reversed.
template <class T> std::array<std::pair<Segment<T>, Segment<T>>, 8> versions(const Quad<T>& q) {
  const Segment<T> s{q.a, q.b}, sr{q.b, q.a}, t{q.c, q.d}, tr{q.d, q.c};
  return {{{s, t}, {sr, t}, {s, tr}, {sr, tr}, {t, s}, {tr, s}, {t, sr}, {tr, sr}}};
}

// Floating segments of nonzero length must not be shorter than 1e-140, every floating type
// (on_segment.hpp: products of shorter differences underflow); 2e-140 leaves room for the
// rounding of the asserted length.
template <class T> bool long_or_point(const Point<T>& a, const Point<T>& b) {
  if (a == b) return true;
  const LD m = 2e-140L;
  return std::hypot(static_cast<LD>(b.x) - a.x, static_cast<LD>(b.y) - a.y) >= m;
}

rc::Gen<Quad<LL>> exact_quad() {
  using namespace geotest;
  return rc::gen::weightedOneOf<Quad<LL>>({
      {4, grid_quad<LL>()},
      {2, quad_of(uniform_point<LL>(kBound))},
      {1, quad_of(bound_point<LL>(kBound))},
      {2, collinear_quad<LL>(kBound)},
      {2, nearly_parallel_quad<LL>(kBound)},
  });
}

template <class T> rc::Gen<Val<T>> eps_choice() {
  return geotest::val(rc::gen::weightedElement<T>({{4, T(1e-9)}, {1, T(1e-6)}, {1, T(1e-12)}}));
}
template <class T> rc::Gen<Val<T>> range_below(T B) {
  return geotest::val(rc::gen::weightedOneOf<T>({
      {2, rc::gen::just(B)},
      {3, rc::gen::map(geotest::uniform_int(1, 40), [B](LL m) { return std::ldexp(B, -static_cast<int>(m)); })},
  }));
}

// t.a near s: at parameter 0, 1, 1/2 or in [-1/2, 3/2] of s, moved f eps along the normal
// and g eps along s; t.b random, or along s (near collinear), or across s.
template <class T> rc::Gen<Quad<T>> near_touch_quad(T R, T eps) {
  using namespace geotest;
  return rc::gen::apply(
      [=](Point<T> a, Point<T> b, T t, T f, T g, int mode, Point<T> far, T mu) {
        if (a == b) b.x = b.x == 0 ? R / 4 : T(0);
        const Point<T> d = b - a, u = unit_dir(d), n(-u.y, u.x);
        const Point<T> c = a + d * t + n * (f * eps) + u * (g * eps);
        Point<T> e = far;
        if (mode == 1) e = c + d * mu;                       // along s
        if (mode == 2) e = c + n * (mu * R / 4);            // across s
        if (mode == 3) e = c + d * mu + n * (f * eps);      // along, same offset
        auto clamp = [R](Point<T> p) {
          return Point<T>(std::fmin(std::fmax(p.x, -R), R), std::fmin(std::fmax(p.y, -R), R));
        };
        return Quad<T>{a, b, clamp(c), clamp(e)};
      },
      uniform_point<T>(R / 4), uniform_point<T>(R / 4),
      rc::gen::weightedOneOf<T>({{2, rc::gen::element(T(0), T(1), T(0.5))},
                                 {3, rc::gen::map(uniform_unit<T>(), [](T v) { return 2 * v - T(0.5); })}}),
      eps_factor<T>(), eps_factor<T>(), rc::gen::cast<int>(uniform_int(0, 3)), uniform_point<T>(R),
      rc::gen::map(uniform_unit<T>(), [](T v) { return 2 * v - 1; }));
}

// Four points a + t_i d along one line, each rounded to T (so a few ULPs off the line),
// with random, non-trivial coordinates: disjoint or overlapping nearly collinear segments,
// where raw signs of cross products are pure rounding noise.
template <class T> rc::Gen<Quad<T>> rounded_collinear_quad(T R) {
  using namespace geotest;
  return rc::gen::apply(
      [R](Point<T> a, Point<T> d, std::vector<T> t) {
        std::sort(t.begin(), t.end());
        if (t[0] == t[1]) t[1] = t[0] + T(0.25);
        auto at = [&](T v) {
          return Point<T>(std::fmin(std::fmax(a.x + d.x * v, -R), R), std::fmin(std::fmax(a.y + d.y * v, -R), R));
        };
        return Quad<T>{at(t[0]), at(t[1]), at(t[2]), at(t[3])};
      },
      uniform_point<T>(R / 2), uniform_point<T>(R / 2),
      rc::gen::container<std::vector<T>>(4, rc::gen::map(uniform_unit<T>(), [](T v) { return v; })));
}

template <class T> rc::Gen<Quad<T>> float_quad(T R, T eps) {
  using namespace geotest;
  const LL small = static_cast<LL>(std::fmin(R, T(5)));
  return rc::gen::weightedOneOf<Quad<T>>({
      {5, near_touch_quad<T>(R, eps)},
      {2, rounded_collinear_quad<T>(R)},
      {1, quad_of(mixed_point<T>(R))},
      {1, quad_of(bound_point<T>(R))},
      {1, small >= 1 ? quad_of(ulp_lattice_point<T>(T(small), 3)) : quad_of(uniform_point<T>(R))},
      {1, R >= 1000 ? collinear_quad<T>(static_cast<LL>(std::fmin(R, T(1e6))))
                    : quad_of(uniform_point<T>(R))},
  });
}

}  // namespace

// ================================================================ long long: exact

CPGEO_PROP(SegmentExact, Predicates, 4000, ()) {
  const Quad<LL> q = *exact_quad();
  const QP a = qp(q.a), b = qp(q.b), c = qp(q.c), d = qp(q.d);
  const std::vector<QP> meet = ol::seg_meet(a, b, c, d);
  const bool cross = ol::proper_cross(a, b, c, d);
  const Q dd = ol::segseg_dist2(a, b, c, d);
  RC_TAG(meet.size(), cross);
  for (const auto& v : versions(q)) {
    RC_ASSERT(geo::intersect(v.first, v.second) == !meet.empty());
    RC_ASSERT(proper(v.first, v.second, 0LL) == cross);
    RC_ASSERT(dist2q(geo::dist2(v.first, v.second)) == dd);
  }
  const Segment<LL> s{q.a, q.b}, sr{q.b, q.a};
  RC_ASSERT(geo::on_segment(q.c, s) == (ol::seg_dist2(a, b, c) == 0));
  RC_ASSERT((geo::cross_at(s, q.c) > 0) - (geo::cross_at(s, q.c) < 0) == (q.a == q.b ? 0 : ol::side(a, b, c)));
  RC_ASSERT(geo::cross_at(sr, q.c) == -geo::cross_at(s, q.c));
  RC_ASSERT(dist2q(geo::dist2(q.c, s)) == ol::seg_dist2(a, b, c));
  RC_ASSERT(dist2q(geo::dist2(q.c, sr)) == ol::seg_dist2(a, b, c));
  // Dist2's < against rationals, on pairs of the distances above
  const geo::Dist2<LL> x = geo::dist2(q.c, s), y = geo::dist2(q.d, s);
  RC_ASSERT((x < y) == (dist2q(x) < dist2q(y)));
  RC_ASSERT((y < x) == (dist2q(y) < dist2q(x)));
  if (q.a != q.b) {  // line a b against segment c d
    const Line<LL> l{q.a, q.b};
    const int sc = ol::side(a, b, c), sd = ol::side(a, b, d);
    for (const Segment<LL>& t : {Segment<LL>{q.c, q.d}, Segment<LL>{q.d, q.c}}) {
      RC_ASSERT(meets(l, t) == (sc * sd <= 0));
      RC_ASSERT(cuts(l, t) == (sc * sd < 0));
    }
  }
}

CPGEO_PROP(SegmentExact, Intersection, 4000, ()) {
  const Quad<LL> q = *exact_quad();
  const QP a = qp(q.a), b = qp(q.b), c = qp(q.c), d = qp(q.d);
  const std::vector<QP> want = ol::seg_meet(a, b, c, d);
  const auto vs = versions(q);
  const std::vector<Point<double>> got = geo::intersection(vs[0].first, vs[0].second);
  RC_TAG(want.size());
  for (const auto& v : vs) RC_ASSERT(geo::intersection(v.first, v.second) == got);  // bit for bit
  RC_ASSERT(got.size() == want.size());
  std::vector<Point<double>> sorted = got;
  std::sort(sorted.begin(), sorted.end());
  const LD u = unit<LL>(), amax = std::max({len(a), len(b), len(c), len(d)});
  for (std::size_t i = 0; i < want.size(); i++) {
    const bool endpoint = ol::same(want[i], a) || ol::same(want[i], b) || ol::same(want[i], c) ||
                          ol::same(want[i], d);
    if (endpoint) RC_ASSERT(ol::same(qp(sorted[i]), want[i]));  // exact
    else RC_ASSERT(err(sorted[i], want[i]) <= 5 * u * (len(want[i]) + amax));
  }
}

// ================================================================ rationals

CPGEO_PROP(SegmentRational, Exact, 800, ()) {
  using namespace geotest;
  const Quad<LL> s = *rc::gen::weightedOneOf<Quad<LL>>({
      {3, grid_quad<LL>()},
      {1, collinear_quad<LL>(1000000)},
      {1, quad_of(uniform_point<LL>(1000000))},
      {1, nearly_parallel_quad<LL>(1000000)},
  });
  auto cv = [](const Point<LL>& p) { return Point<Q>(Q(p.x), Q(p.y)); };
  const Quad<Q> q{cv(s.a), cv(s.b), cv(s.c), cv(s.d)};
  const QP a = qp(q.a), b = qp(q.b), c = qp(q.c), d = qp(q.d);
  const std::vector<QP> want = ol::seg_meet(a, b, c, d);
  RC_TAG(want.size());
  for (const auto& v : versions(q)) {
    std::vector<Point<Q>> got = geo::intersection(v.first, v.second);
    std::sort(got.begin(), got.end());
    RC_ASSERT(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); i++) RC_ASSERT(ol::same(qp(got[i]), want[i]));
    RC_ASSERT(dist2q(geo::dist2(v.first, v.second)) == ol::segseg_dist2(a, b, c, d));
  }
  RC_ASSERT(dist2q(geo::dist2(q.c, Segment<Q>{q.a, q.b})) == ol::seg_dist2(a, b, c));
}

// ================================================================ floating: EPS contract

template <class T> void prop_segment_contract() {
  const T eps = *eps_choice<T>();
  const T B = contract::contract_bound(eps) / 2;  // segment intersect: eps / (46 u)
  const T R = *range_below<T>(B);
  const Quad<T> q = *float_quad<T>(R, eps);
  RC_PRE(long_or_point(q.a, q.b) && long_or_point(q.c, q.d));
  geotest::ScopedEps<T> scoped(eps);
  const QP a = qp(q.a), b = qp(q.b), c = qp(q.c), d = qp(q.d);
  const Q e = oracle::q(eps);
  const Q dd = ol::segseg_dist2(a, b, c, d);
  const int band = ol::band(dd, e);
  const auto vs = versions(q);
  const bool got = geo::intersect(vs[0].first, vs[0].second);
  RC_TAG(band);
  RC_LOG() << "intersect = " << got << ", distance^2 = " << ld(dd) << "\n";
  if (band == -1) RC_ASSERT(got);
  if (band == 1) RC_ASSERT(!got);
  const bool cr = proper(vs[0].first, vs[0].second);
  const std::vector<Point<T>> pts = geo::intersection(vs[0].first, vs[0].second);
  const T dst = geo::dist(vs[0].first, vs[0].second);
  for (const auto& v : vs) {  // bit for bit
    RC_ASSERT(geo::intersect(v.first, v.second) == got);
    RC_ASSERT(geo::dist2(v.first, v.second).zero() == got);
    RC_ASSERT(proper(v.first, v.second) == cr);
    RC_ASSERT(geo::intersection(v.first, v.second) == pts);
    RC_ASSERT(geo::dist(v.first, v.second) == dst);
  }
  RC_ASSERT(pts.empty() == !got);

  // a proper crossing: the least distance from an endpoint to the other segment's line decides
  if (q.a == q.b || q.c == q.d) {
    RC_ASSERT(!cr);
  } else {
    const Q h2 = std::min({ol::line_dist2(a, b, c), ol::line_dist2(a, b, d), ol::line_dist2(c, d, a),
                           ol::line_dist2(c, d, b)});
    const int cb = ol::band(h2, e);
    if (cb == -1) RC_ASSERT(!cr);
    if (cb == 1) RC_ASSERT(cr == ol::proper_cross(a, b, c, d));
  }
  // on_segment, and the line a b against the segment c d (contract range eps / (23 u))
  const int ob = ol::band(ol::seg_dist2(a, b, c), e);
  const bool on = geo::on_segment(q.c, Segment<T>{q.a, q.b});
  if (ob == -1) RC_ASSERT(on);
  if (ob == 1) RC_ASSERT(!on);
  RC_ASSERT(geo::on_segment(q.c, Segment<T>{q.b, q.a}) == on);
  RC_ASSERT(geo::cross_at(Segment<T>{q.b, q.a}, q.c) == -geo::cross_at(Segment<T>{q.a, q.b}, q.c));
  if (q.a != q.b) {
    const Line<T> l{q.a, q.b};
    const Segment<T> t{q.c, q.d};
    const int lb = ol::band(ol::line_seg_dist2(a, b, c, d), e);
    const bool li = meets(l, t);
    if (lb == -1) RC_ASSERT(li);
    if (lb == 1) RC_ASSERT(!li);
    const int mb = ol::band(std::min(ol::line_dist2(a, b, c), ol::line_dist2(a, b, d)), e);
    const bool lc = cuts(l, t);
    if (mb == -1) RC_ASSERT(!lc);
    if (mb == 1) RC_ASSERT(lc == (ol::side(a, b, c) * ol::side(a, b, d) < 0));
  }
}
CPGEO_PROP(SegmentContract, Double, 5000, ()) { prop_segment_contract<double>(); }
CPGEO_PROP(SegmentContract, LongDouble, 2500, ()) { prop_segment_contract<long double>(); }

// ================================================================ floating: constructions

template <class T> void prop_segment_constructions() {
  const T eps = T(1e-9);
  const T B = contract::contract_bound(eps) / 2;
  const T R = *geotest::val(rc::gen::element(T(1), T(1000), B));
  const Quad<T> q = *rc::gen::weightedOneOf<Quad<T>>({
      {3, float_quad<T>(R, eps)},
      {2, geotest::quad_of(geotest::uniform_point<T>(R))},
      {1, R >= 1000 ? geotest::nearly_parallel_quad<T>(static_cast<LL>(R)) : float_quad<T>(R, eps)},
  });
  RC_PRE(long_or_point(q.a, q.b) && long_or_point(q.c, q.d));
  const QP a = qp(q.a), b = qp(q.b), c = qp(q.c), d = qp(q.d);
  const Segment<T> s{q.a, q.b}, t{q.c, q.d};
  const LD u = unit<T>();
  LD tiny = 16 * std::numeric_limits<T>::denorm_min();
  const std::vector<Point<T>> got = geo::intersection(s, t);
  const std::vector<QP> want = ol::seg_meet(a, b, c, d);
  const ol::LineMeet meet = ol::line_meet(a, b, c, d);
  RC_TAG(got.size(), want.size());
  LD E = 0;  // the construction bound of a crossing point
  if (meet.kind == 1) {
    const QP e1 = oracle::sub(b, a), e2 = oracle::sub(d, c);
    const LD sin = std::fabs(ld(oracle::cross(e1, e2))) / (len(e1) * len(e2));
    const Q r1 = std::min(oracle::dist2(a, meet.x), oracle::dist2(b, meet.x));
    const Q r2 = std::min(oracle::dist2(c, meet.x), oracle::dist2(d, meet.x));
    // underflow in the numerator is absolute (~denorm_min), amplified by 1 / (|e| sin)
    E = 24 * u * std::sqrt(ld(std::max(r1, r2))) / sin + 4 * u * len(meet.x) +
        tiny * (1 + 1 / (sin * std::min(len(e1), len(e2))));
    if (sin < 64 * u) E = std::numeric_limits<LD>::infinity();  // first-order bound only
  }
  for (const Point<T>& p : got) {
    RC_ASSERT(finite(p));
    const bool endpoint = p == q.a || p == q.b || p == q.c || p == q.d;
    const LD lim = 2 * eps + (endpoint ? 0 : E);
    RC_ASSERT(std::sqrt(ld(ol::seg_dist2(a, b, qp(p)))) <= lim);
    RC_ASSERT(std::sqrt(ld(ol::seg_dist2(c, d, qp(p)))) <= lim);
  }
  // a clear proper crossing: one point, within the bound of the exact one
  if (ol::proper_cross(a, b, c, d)) {
    const Q h2 = std::min({ol::line_dist2(a, b, c), ol::line_dist2(a, b, d), ol::line_dist2(c, d, a),
                           ol::line_dist2(c, d, b)});
    if (ol::band(h2, oracle::q(eps)) == 1 && E > 0) {
      RC_ASSERT(got.size() == 1u);
      RC_ASSERT(err(got[0], meet.x) <= E);
    }
  }
  // no proper crossing beyond eps: every point returned is an input endpoint, bit for bit
  const bool ends = std::all_of(got.begin(), got.end(), [&](const Point<T>& p) {
    return p == q.a || p == q.b || p == q.c || p == q.d;
  });
  if (!ol::proper_cross(a, b, c, d)) RC_ASSERT(ends);
  // an exact overlap longer than 2 eps: two input endpoints, the lexicographically extreme
  // ones within eps of both segments, so each within 2 eps of the exact end beyond it, and
  // exactly that end when no other endpoint lies within 2 eps of it
  if (want.size() == 2 && oracle::dist2(want[0], want[1]) > Q(4) * oracle::q(eps) * oracle::q(eps)) {
    std::vector<Point<T>> sorted = got;
    std::sort(sorted.begin(), sorted.end());
    RC_ASSERT(sorted.size() == 2u);
    const Q e2 = Q(4) * oracle::q(eps) * oracle::q(eps);
    for (int i = 0; i < 2; i++) {
      const QP& w = want[i];
      RC_ASSERT(oracle::dist2(qp(sorted[i]), w) <= e2);
      auto lex = [](const QP& u, const QP& v) { return u.x < v.x || (u.x == v.x && u.y < v.y); };
      const bool outside = i == 0 ? !lex(w, qp(sorted[0])) : !lex(qp(sorted[1]), w);
      RC_ASSERT(outside);  // not inside the overlap
      int near = 0;
      for (const QP& p : {a, b, c, d}) near += !ol::same(p, w) && oracle::dist2(p, w) <= e2;
      if (near == 0) RC_ASSERT(ol::same(qp(sorted[i]), w));
    }
  }
  // distances: point-segment within 8u |c - a| + 4u h, segment-segment likewise unless the
  // segments are within 2 eps (then a crossing near an end may report up to ~eps)
  const LD near_c = std::sqrt(ld(std::min(oracle::dist2(a, c), oracle::dist2(b, c))));
  const LD h = std::sqrt(ld(ol::seg_dist2(a, b, c)));
  tiny = 4 * std::sqrt(std::numeric_limits<T>::min());  // squared lengths underflow below this
  RC_ASSERT(std::fabs(static_cast<LD>(geo::dist(q.c, s)) - h) <= 8 * u * near_c + 4 * u * h + tiny);
  const LD hd = std::sqrt(ld(ol::segseg_dist2(a, b, c, d)));
  const LD gd = geo::dist(s, t);
  LD span = 0;
  for (const QP& p : {a, b, c, d}) span = std::max(span, len(p));
  const LD db = 24 * u * span + 4 * u * hd + tiny;
  if (hd >= 2 * eps) RC_ASSERT(std::fabs(gd - hd) <= db);
  else RC_ASSERT(gd <= 2 * eps + db);
}
CPGEO_PROP(SegmentConstruct, Double, 3000, ()) { prop_segment_constructions<double>(); }
CPGEO_PROP(SegmentConstruct, LongDouble, 1500, ()) { prop_segment_constructions<long double>(); }
