// Properties of hull/min_rectangle.hpp against the exact brute force oracle_rect::min_rect
// (every supporting line of two input points, rationals; no library hull):
//   long long   any_cloud (grids, convex, collinear, duplicates, the bound 1e9): the area
//               within 3u of the exact least area (exactly 0 when it is 0), the perimeter
//               within 5u of the exact least perimeter (u = 2^-53); the corners are a
//               counter-clockwise rectangle (right angles up to rounding) holding every
//               point, whose sides give back the value.
//   double      integer-valued coordinates up to 1e5 (convex_hull's eps decides nothing):
//               the same within 1e-12 (relative).
//   rationals   Point<QX> (the library run with an exact type): the same values.
#include "geometry/hull/min_rectangle.hpp"

#include "hull_gen.hpp"
#include "oracle_rect_dist.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using geo::Point;
using oracle::Q;
using R = Point<double>;

// The corners form a counter-clockwise rectangle holding every point within tol (a
// length), and its sides give back value (area or perimeter) within rel.
template <class T>
void check_rect(const geo::MinRect<T>& r, const std::vector<Point<T>>& pts, bool perim, double tol, double rel) {
  const double w = (r.c[1] - r.c[0]).norm(), h = (r.c[3] - r.c[0]).norm();
  const double v = perim ? 2 * (w + h) : w * h;
  RC_ASSERT(std::fabs(v - r.value) <= rel * r.value + 4 * tol * (w + h));
  for (int i = 0; i < 4; i++) {
    const R a = r.c[i], b = r.c[(i + 1) % 4], c = r.c[(i + 2) % 4];
    const double len = (b - a).norm();
    RC_ASSERT(std::fabs((b - a).dot(c - b)) <= tol * (len + (c - b).norm() + 1));
    if (len == 0) continue;
    for (const auto& p : pts) RC_ASSERT((b - a).cross(R(p) - a) / len >= -tol);
  }
}

template <class T> void check(const std::vector<Point<T>>& pts, double rel_a, double rel_p, double tol) {
  const auto [area, per2] = oracle_rect::min_rect(pts);
  const auto a = geo::min_rectangle(pts), p = geo::min_rectangle(pts, true);
  const double A = area.template convert_to<double>(), Pm = std::sqrt(per2.template convert_to<double>());
  if (area == 0) RC_ASSERT(a.value == 0);
  RC_ASSERT(std::fabs(a.value - A) <= rel_a * A);
  RC_ASSERT(std::fabs(p.value - Pm) <= rel_p * Pm);
  check_rect(a, pts, false, tol, rel_a);
  check_rect(p, pts, true, tol, rel_p);
}

double scale_of(const std::vector<Point<long long>>& v) {
  double s = 1;
  for (const auto& p : v) s = std::max({s, std::fabs(double(p.x)), std::fabs(double(p.y))});
  return s;
}

}  // namespace

// 3u and 5u of the header, with a few percent of slack for the double rounding of the
// oracle's value itself (one rounding of the exact rational, one of its square root).
CPGEO_PROP(HullMinRectangleProp, LongLongAgainstBruteForce, 300, ()) {
  const auto pts = *hullgen::any_cloud<long long>(30);
  RC_PRE(!pts.empty());
  const double u = 0x1p-53;
  check(pts, 4 * u, 6.5 * u, 1e-14 * scale_of(pts) + 1e-12);
}

CPGEO_PROP(HullMinRectangleProp, DoubleAgainstBruteForce, 200, ()) {
  const auto pts = *hullgen::any_cloud<double>(30);
  RC_PRE(!pts.empty());
  check(pts, 1e-12, 1e-12, 1e-9);
}

CPGEO_PROP(HullMinRectangleProp, ExactRationalsSameValues, 60, ()) {
  const auto in = *hullgen::any_cloud<long long>(12);
  RC_PRE(!in.empty());
  std::vector<Point<oracle::QX>> q;
  for (const auto& p : in) q.push_back({oracle::QX(p.x), oracle::QX(p.y)});
  const auto [area, per2] = oracle_rect::min_rect(in);
  const double A = area.convert_to<double>(), Pm = std::sqrt(per2.convert_to<double>());
  RC_ASSERT(std::fabs(geo::min_rectangle(q).value - A) <= 1e-15 * A);
  RC_ASSERT(std::fabs(geo::min_rectangle(q, true).value - Pm) <= 1e-15 * Pm);
}
