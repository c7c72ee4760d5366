// Properties of geometry/3d/distance.hpp and 3d/line3.hpp against tests/support/oracle3d.hpp
// (distances by exact minimisation over the parameters: stationary point and every edge
// and corner of the parameter box).
// long long: dist2(p, l), dist2(p, s) exact (num / den equals the oracle) to 1e9; dist2(l, m),
//   dist2(s, t) exact to 5e5; parallel(l, m) equals "|d1|^2 |d2|^2 == (d1.d2)^2" to 1e9;
//   Dist2's < agrees with rational comparison for point-line/segment values. Generators:
//   uniform, small lattices (parallel, intersecting, collinear, zero-length segments
//   everywhere), extreme coordinates.
// double: on small-lattice input (exact coordinates) every distance is within 1e-12 relative
//   (+1e-12 absolute) of the exact one; on uniform input point-line and point-segment
//   distances are within 6u |p - o| + 2u dist (o the nearer defining point) of it; line and
//   segment pairs (uniform and nearly parallel) within the lines' condition bound.
#include "geometry/3d/distance.hpp"

#include "gen3d.hpp"
#include "oracle.hpp"
#include "oracle3d.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>

namespace {

using geo::Line3;
using geo::Point3;
using geo::Segment3;
using geotest::Quad3;
using oracle::Q;
using oracle3d::p3;
using LL = long long;
using LD = long double;
constexpr LL kBound = 1000000000, kPair = 500000;

template <class T> Q q(const geo::Dist2<T>& d) { return oracle::q(d.num) / oracle::q(d.den); }

rc::Gen<Quad3<LL>> quad_ll(LL B) {
  using namespace geotest;
  return rc::gen::weightedOneOf<Quad3<LL>>({
      {3, quad3_of(uniform_point3<LL>(B))},
      {4, quad3_of(lattice_point3<LL>(3))},
      {2, quad3_of(lattice_point3<LL>(5))},
      {2, quad3_of(bound_point3<LL>(B))},
      {2, coplanar_quad_ll(B)},
  });
}

CPGEO_PROP(Distance3Prop, PointLineSegmentExact, 2000, ()) {
  const auto g = *quad_ll(kBound);
  using namespace oracle3d;
  const Segment3<LL> s{g.a, g.b};
  RC_ASSERT(q(geo::dist2(g.c, s)) == point_seg2(p3(g.c), p3(g.a), p3(g.b)));
  RC_CLASSIFY(g.a == g.b, "point segment");
  if (g.a == g.b) return;
  const Line3<LL> l{g.a, g.b};
  const auto d = geo::dist2(g.c, l), e = geo::dist2(g.d, l);
  RC_ASSERT(q(d) == point_line2(p3(g.c), p3(g.a), p3(g.b)));
  RC_ASSERT((d < e) == (q(d) < q(e)));
  RC_ASSERT((geo::dist2(g.c, s) < geo::dist2(g.d, s)) ==
            (point_seg2(p3(g.c), p3(g.a), p3(g.b)) < point_seg2(p3(g.d), p3(g.a), p3(g.b))));
}

CPGEO_PROP(Distance3Prop, ParallelExact, 1500, ()) {
  const auto g = *quad_ll(kBound);
  RC_PRE(g.a != g.b && g.c != g.d);
  using namespace oracle3d;
  const bool want = gram2(sub(p3(g.b), p3(g.a)), sub(p3(g.d), p3(g.c))) == 0;
  RC_CLASSIFY(want, "parallel");
  RC_ASSERT(geo::parallel(Line3<LL>{g.a, g.b}, Line3<LL>{g.c, g.d}) == want);
}

CPGEO_PROP(Distance3Prop, PairsExact, 2000, ()) {
  const auto g = *quad_ll(kPair);
  using namespace oracle3d;
  const Q want = seg_seg2(p3(g.a), p3(g.b), p3(g.c), p3(g.d));
  RC_CLASSIFY(want == 0, "segments meet");
  const Segment3<LL> s{g.a, g.b}, t{g.c, g.d}, sr{g.b, g.a}, tr{g.d, g.c};
  for (auto [x, y] : {std::pair{s, t}, std::pair{t, s}, std::pair{sr, t}, std::pair{s, tr}})
    RC_ASSERT(q(geo::dist2(x, y)) == want);
  if (g.a == g.b || g.c == g.d) return;
  const Q lines = line_line2(p3(g.a), p3(g.b), p3(g.c), p3(g.d));
  RC_CLASSIFY(lines == 0, "lines meet");
  RC_ASSERT(q(geo::dist2(Line3<LL>{g.a, g.b}, Line3<LL>{g.c, g.d})) == lines);
  RC_ASSERT(q(geo::dist2(Line3<LL>{g.d, g.c}, Line3<LL>{g.a, g.b})) == lines);
}

LD sq(const Q& v) { return std::sqrt(v.convert_to<LD>()); }

CPGEO_PROP(Distance3Prop, DoubleLattice, 1500, ()) {
  const auto g = *quad_ll(40);
  using P = Point3<double>;
  const P a(g.a), b(g.b), c(g.c), d(g.d);
  using namespace oracle3d;
  auto near = [](double got, const Q& want2) {
    const LD w = sq(want2);
    return std::fabs(got - w) <= 1e-12L * w + 1e-12L;
  };
  RC_ASSERT(near(geo::dist(c, Segment3<double>{a, b}), point_seg2(p3(c), p3(a), p3(b))));
  RC_ASSERT(near(geo::dist(Segment3<double>{a, b}, Segment3<double>{c, d}),
                 seg_seg2(p3(a), p3(b), p3(c), p3(d))));
  if (a == b || c == d) return;
  RC_ASSERT(near(geo::dist(c, Line3<double>{a, b}), point_line2(p3(c), p3(a), p3(b))));
  RC_ASSERT(near(geo::dist(Line3<double>{a, b}, Line3<double>{c, d}),
                 line_line2(p3(a), p3(b), p3(c), p3(d))));
}

CPGEO_PROP(Distance3Prop, DoublePointBound, 1500, ()) {
  using namespace geotest;
  const double R = *rc::gen::element(1.0, 1e3, 1e6, 1e9);
  const auto a = *uniform_point3<double>(R), b = *uniform_point3<double>(R),
             p = *uniform_point3<double>(R);
  RC_PRE(a != b);
  using namespace oracle3d;
  const LD u = std::ldexp(1.0L, -53);
  const LD ra = std::sqrt(LD(dist2(p, a))), rb = std::sqrt(LD(dist2(p, b)));
  const LD want = sq(point_line2(p3(p), p3(a), p3(b)));
  RC_ASSERT(std::fabs(geo::dist(p, Line3<double>{a, b}) - want) <=
            6 * u * std::min(ra, rb) + 2 * u * want);
  const LD ws = sq(point_seg2(p3(p), p3(a), p3(b)));
  RC_ASSERT(std::fabs(geo::dist(p, Segment3<double>{a, b}) - ws) <=
            6 * u * std::min(ra, rb) + 2 * u * ws);
}

// Floating line and segment pairs, uniform or nearly parallel (d = c + k (b - a) moved by
// 1e-12 .. 1e-3 of the size): lines that parallel() does not call parallel are within 16u |w|
// |d1| |d2| / |n| + 2u dist of the exact distance (w = c - a, n = d1 x d2: the lines'
// condition, documented as ~8u); segments within that plus the endpoint bound 8u (|w| + |d1| +
// |d2|).
CPGEO_PROP(Distance3Prop, DoublePairBound, 1500, ()) {
  using namespace geotest;
  const double R = *rc::gen::element(1.0, 1e3, 1e6);
  const auto a = *uniform_point3<double>(R), b = *uniform_point3<double>(R), c = *uniform_point3<double>(R);
  auto d = *uniform_point3<double>(R);
  if (*rc::gen::inRange(0, 2)) {  // nearly parallel to a b
    const double k = double(*uniform_int(-1000, 1000)) / 500, f = std::pow(10.0, double(*uniform_int(-12, -3)));
    d = c + (b - a) * k + Point3<double>(*uniform_point3<double>(R)) * f;
  }
  RC_PRE(a != b && c != d);
  using namespace oracle3d;
  const LD u = std::ldexp(1.0L, -53);
  const Point3<double> d1 = b - a, d2 = d - c, w = c - a;
  const LD n = LD(d1.cross(d2).norm()), cond = n > 0 ? LD(w.norm()) * LD(d1.norm()) * LD(d2.norm()) / n : LD(1e300);
  const Line3<double> l{a, b}, m{c, d};
  if (!geo::parallel(l, m)) {
    const LD want = sq(line_line2(p3(a), p3(b), p3(c), p3(d)));
    RC_ASSERT(std::fabs(geo::dist(l, m) - want) <= 16 * u * cond + 2 * u * want);
    const LD ws = sq(seg_seg2(p3(a), p3(b), p3(c), p3(d)));
    RC_ASSERT(std::fabs(geo::dist(Segment3<double>{a, b}, Segment3<double>{c, d}) - ws) <=
              16 * u * cond + 8 * u * (LD(w.norm()) + LD(d1.norm()) + LD(d2.norm())) + 2 * u * ws);
  }
}

}  // namespace
