// Properties of geometry/3d/sphere.hpp against tests/support/oracle_sphere3d.hpp.
//   great_circle, double vectors (uniform, nearly parallel and nearly antiparallel at
//     angles down to 1e-15 and up to pi - 1e-15, lengths 2^-150 .. 2^150, |a| |b| within
//     2^+-300 so that |a x b|^2 neither underflows nor overflows) and long long vectors up
//     to 1e9 (also nearly antipodal): the angle is within 4u (u = 2^-53) radians of the
//     50-digit 2 atan2(|a^ - b^|, |a^ + b^|), both ways round; with a radius r, within
//     4u r + 2u times the result (the product rounded here and in the library); the zero
//     vector gives 0 or pi (the sign of a zero dot product).
//   from_latlon: every coordinate within 4u r of the 50-digit formula, for lat in
//     [-pi/2, pi/2], lon in [-pi, pi], r in [1e-3, 1e7].
#include "geometry/3d/sphere.hpp"

#include "generators.hpp"
#include "oracle_sphere3d.hpp"
#include "property.hpp"

#include <array>
#include <cmath>
#include <vector>

namespace {

using geo::Point3;
namespace os = oracle_sphere3d;
using LL = long long;
const double u = std::ldexp(1.0, -53);

double angle_q(const os::Q3& a, const os::Q3& b) { return os::angle(a, b).convert_to<double>(); }

rc::Gen<Point3<double>> unit_ish() {  // a nonzero vector of any direction, modest length
  return rc::gen::map(rc::gen::container<std::array<double, 3>>(geotest::uniform_real<double>(1.0)),
                      [](std::array<double, 3> a) {
                        if (a[0] == 0 && a[1] == 0 && a[2] == 0) a[0] = 1;
                        Point3<double> p(a[0], a[1], a[2]);
                        while (p.norm() < 0.5) p = p * 2.0;  // exact: |p| in [0.5, 1.8]
                        return p;
                      });
}

CPGEO_PROP(Sphere3dProp, GreatCircleDouble, 1000, ()) {
  const auto a = *unit_ish();
  const int kind = *rc::gen::inRange(0, 3);
  Point3<double> b = *unit_ish();
  if (kind > 0) {  // b = +-a turned by a tiny angle t towards a random direction
    const double t = std::pow(10.0, -*rc::gen::inRange(1, 16));
    const double s = kind == 1 ? 1 : -1;
    b = a * s + b * (t * a.norm());
  }
  const double k = std::ldexp(1.0, *rc::gen::inRange(-150, 151));  // |a x b|^2 stays normal
  const auto as = a * k, bs = b * (kind == 2 ? 1 / k : k);
  const double want = angle_q(os::q3(as), os::q3(bs));
  const double got = geo::great_circle(as, bs);
  RC_LOG() << std::hexfloat << "a=(" << as.x << ", " << as.y << ", " << as.z << ") b=(" << bs.x << ", " << bs.y
           << ", " << bs.z << ") got " << got << " want " << want << " diff/u " << std::defaultfloat
           << (got - want) / u << "\n";
  RC_ASSERT(std::abs(got - want) <= 4 * u);
  RC_ASSERT(std::abs(geo::great_circle(bs, as) - want) <= 4 * u);
  const double r = *geotest::log_uniform<double>(1e-3, 1e7);
  const double gr = geo::great_circle(as, bs, std::abs(r));
  RC_ASSERT(std::abs(gr - want * std::abs(r)) <= 4 * u * std::abs(r) + 2 * u * gr);  // two products rounded
  const double z = geo::great_circle(as, Point3<double>());  // no direction: 0 or pi
  RC_ASSERT((z == 0 || z == std::acos(-1.0)));
}

CPGEO_PROP(Sphere3dProp, GreatCircleLongLong, 500, ()) {
  const LL B = *rc::gen::elementOf(std::vector<LL>{3, 1000, 1000000000});
  auto g = rc::gen::container<std::array<LL, 3>>(geotest::uniform_int(-B, B));
  auto a = *g, b = *g;
  if (*rc::gen::inRange(0, 3) == 0)
    for (int i = 0; i < 3; i++) b[i] = std::max(-B, std::min(B, -a[i] + b[i] % 2));  // nearly antipodal
  const std::array<LL, 3> zero{0, 0, 0};
  RC_PRE(a != zero && b != zero);
  const Point3<LL> p(a[0], a[1], a[2]), q(b[0], b[1], b[2]);
  RC_ASSERT(std::abs(geo::great_circle(p, q) - angle_q(os::q3(p), os::q3(q))) <= 4 * u);
}

CPGEO_PROP(Sphere3dProp, FromLatLon, 1000, ()) {
  const double pi = std::acos(-1.0);
  const double lat = *geotest::uniform_real<double>(pi / 2), lon = *geotest::uniform_real<double>(pi);
  const double r = *geotest::log_uniform<double>(1e-3, 1e7);
  const double R = std::abs(r);
  const auto p = geo::from_latlon(lat, lon, R);
  const auto w = os::latlon(oracle::q(lat), oracle::q(lon), oracle::q(R));
  RC_ASSERT(std::abs(p.x - w.x.convert_to<double>()) <= 4 * u * R);
  RC_ASSERT(std::abs(p.y - w.y.convert_to<double>()) <= 4 * u * R);
  RC_ASSERT(std::abs(p.z - w.z.convert_to<double>()) <= 4 * u * R);
}

}  // namespace
