// Properties of geometry/3d/enclosing.hpp against tests/support/oracle_sphere3d.hpp.
//   n <= 8 points, long long (|x| <= 2 .. 1e9, the bound) and double (spread 1e-3 .. 1e6,
//     offsets up to 1e3 spreads), drawn uniform, on a plane (axis-parallel or tilted),
//     on a line, with duplicates, on a lattice cube's corners, rounded from a sphere, in
//     clusters of near-duplicates at 2..4 spots of a sphere (strays of 1..4 units for
//     long long, 1e-9..1e-7 of the radius for double), or exactly on one (signed
//     permutations of (1, 2, 2) and (0, 0, 3) times k: cospherical, many coplanar fours):
//     the radius is within 1e-13 (|c| + r) + eps of the brute-force oracle's exact minimum
//     (smallest of all spheres through 1..4 points that contain every point, rationals),
//     and every point is within r of c up to the rounding of that distance (checked
//     exactly: |p - c|^2 <= (r (1 + 4u))^2 in rationals of the returned doubles).
//   n up to 300 (same generators): every point covered (as above), the same ball twice,
//     and optimal: the points within 1e-9 r + 2 eps + 32u (|c| + r) of the sphere (its
//     support, when there are at most 10; eps and 16u (|c| + r) because a point that close
//     to the ball does not rebuild it, and c is rounded at its scale) have
//     an exact minimum ball containing every point (so it is the optimum) whose radius is
//     within the same tolerance of r.
#include "geometry/3d/enclosing.hpp"

#include "generators.hpp"
#include "oracle_sphere3d.hpp"
#include "property.hpp"

#include <array>
#include <cmath>
#include <vector>

namespace {

using geo::Point3;
namespace os = oracle_sphere3d;
using oracle::Q;
using LL = long long;
const double u = std::ldexp(1.0, -53);

// A point set of n points of kind k in [-R, R]^3 (long long) or R times that plus an
// offset (double); the caller draws n, kind and R.
template <class T> std::vector<Point3<T>> draw(int n, int kind, double R, double off) {
  auto c = geotest::uniform_int(-1000000, 1000000);
  auto sc = [&](LL v) { return T(static_cast<double>(v) / 1e6 * R); };  // |v| <= R
  std::vector<Point3<T>> p;
  std::vector<Point3<double>> at;  // kind 8: 2..4 spots on the sphere of radius R
  double jit = 0;                  // and how far a point strays from its spot
  if (kind == 8) {
    for (int m = static_cast<int>(*geotest::uniform_int(2, 4)); static_cast<int>(at.size()) < m;) {
      const Point3<double> d(static_cast<double>(*c), static_cast<double>(*c), static_cast<double>(*c));
      if (d.norm2() > 1e10) at.push_back(d * (R / d.norm()));
    }
    jit = std::is_integral<T>::value ? static_cast<double>(*geotest::uniform_int(1, 4))
                                     : R * *rc::gen::elementOf(std::vector<double>{1e-9, 1e-8, 3e-8, 1e-7});
  }
  for (int i = 0; i < n; i++) {
    T x = sc(*c), y = sc(*c), z = sc(*c);
    switch (kind) {
      case 1: z = sc(250000); break;                            // the plane z = R / 4
      case 2: z = T((x - y) / 2); break;                        // a tilted plane
      case 3: y = T(x / 2), z = T(-x / 3); break;               // a line (rounded: near one)
      case 4:                                                   // duplicates
        if (i > 0 && *rc::gen::inRange(0, 2)) {
          p.push_back(p[static_cast<size_t>(*rc::gen::inRange(0, i))]);
          continue;
        }
        break;
      case 5: {                                                 // corners of a cube
        const int b = *rc::gen::inRange(0, 27);
        x = sc(b % 3 * 1000000 - 1000000), y = sc(b / 3 % 3 * 1000000 - 1000000), z = sc(b / 9 * 1000000 - 1000000);
        break;
      }
      case 6: {                                                 // rounded from a sphere
        const double h = std::sqrt(static_cast<double>(x) * static_cast<double>(x) +
                                   static_cast<double>(y) * static_cast<double>(y) +
                                   static_cast<double>(z) * static_cast<double>(z));
        if (h > 0) x = T(static_cast<double>(x) / h * R), y = T(static_cast<double>(y) / h * R),
                   z = T(static_cast<double>(z) / h * R);
        break;
      }
      case 7: {  // on the sphere |x| = 3 R / 3: signed permutations of (1, 2, 2), (0, 0, 3)
        const LL k = std::max<LL>(1, static_cast<LL>(R) / 3);
        LL v[3] = {1, 2, 2};
        if (*rc::gen::inRange(0, 3) == 0) v[0] = 0, v[1] = 0, v[2] = 3;
        const int r = static_cast<int>(*geotest::uniform_int(0, 47));
        std::rotate(v, v + r % 3, v + 3);
        if (r / 3 % 2) std::swap(v[0], v[1]);
        x = T(static_cast<double>((r & 8 ? -k : k) * v[0])), y = T(static_cast<double>((r & 16 ? -k : k) * v[1])),
        z = T(static_cast<double>((r & 32 ? -k : k) * v[2]));
        break;
      }
      case 8: {  // a cluster of near-duplicates at one of the spots
        const auto& a = at[static_cast<size_t>(*geotest::uniform_int(0, static_cast<LL>(at.size()) - 1))];
        auto w = [&](double v) {
          const double e = static_cast<double>(*geotest::uniform_int(-1000, 1000)) / 1000 * jit;
          return std::is_integral<T>::value ? T(std::llround(v) + std::llround(e)) : T(v + e);
        };
        x = w(a.x), y = w(a.y), z = w(a.z);
        break;
      }
      default: break;
    }
    p.push_back(Point3<T>(x + T(off), y - T(off), z + T(off)));
  }
  return p;
}

template <class T> std::vector<Point3<T>> points(int max_n) {
  const int n = static_cast<int>(*geotest::uniform_int(1, max_n)), kind = static_cast<int>(*geotest::uniform_int(0, 8));
  RC_TAG(kind);
  if constexpr (std::is_integral<T>::value) {
    const double R = static_cast<double>(*rc::gen::elementOf(std::vector<LL>{2, 3, 1000, 1000000000}));
    return draw<T>(n, kind, R, 0);
  } else {
    const double R = *rc::gen::elementOf(std::vector<double>{1e-3, 1.0, 1e6});
    const double off = R * *rc::gen::elementOf(std::vector<double>{0.0, 1.0, 1e3});
    return draw<T>(n, kind, R, off);
  }
}

// Every point within r of c, exactly, up to 4u r.
template <class T> void covered(const std::vector<Point3<T>>& p, const geo::Sphere<double>& s) {
  const os::Q3 c = os::q3(s.c);
  const Q r = oracle::q(s.r * (1 + 4 * u));
  for (const auto& x : p) RC_ASSERT(os::d2(os::q3(x), c) <= r * r);
}
double tol(const geo::Sphere<double>& s) {
  return 1e-13 * (std::sqrt(s.c.x * s.c.x + s.c.y * s.c.y + s.c.z * s.c.z) + s.r) + geo::eps<double>;
}

template <class T> void small_vs_oracle() {
  const auto p = points<T>(8);
  const auto s = geo::min_enclosing_sphere(p);
  covered(p, s);
  const double want = os::min_radius(p);
  RC_LOG() << "r " << s.r << " want " << want << " diff " << s.r - want << " tol " << tol(s) << "\n";
  RC_ASSERT(std::abs(s.r - want) <= tol(s));
}

CPGEO_PROP(EnclosingSphere3dProp, SmallLongLong, 300, ()) { small_vs_oracle<LL>(); }
CPGEO_PROP(EnclosingSphere3dProp, SmallDouble, 300, ()) { small_vs_oracle<double>(); }

template <class T> void large_optimal() {
  const auto p = points<T>(300);
  const auto s = geo::min_enclosing_sphere(p), t = geo::min_enclosing_sphere(p);
  RC_ASSERT(s.c == t.c && s.r == t.r);
  covered(p, s);
  std::vector<os::Q3> B;
  for (const auto& x : p)
    if (dist(Point3<double>(x), s.c) >= s.r * (1 - 1e-9) - 2 * geo::eps<double> - 32 * u * (s.c.norm() + s.r))
      B.push_back(os::q3(x));
  if (B.size() > 10) {
    RC_TAG("large support");
    return;
  }
  for (const auto& x : p) RC_LOG() << std::hexfloat << "{" << double(x.x) << ", " << double(x.y) << ", " << double(x.z) << "},\n";
  RC_LOG() << std::hexfloat << "c " << s.c.x << " " << s.c.y << " " << s.c.z << " r " << s.r << " B " << B.size() << "\n";
  const auto b = os::enclosing(B);  // the support's own minimum ball covers everything:
  for (const auto& x : p) RC_ASSERT(os::d2(os::q3(x), b.c) <= b.r2);  // so it is optimal
  const double want = std::sqrt(b.r2.template convert_to<double>());
  RC_LOG() << "r " << s.r << " want " << want << " diff " << s.r - want << " tol " << tol(s) << "\n";
  RC_ASSERT(std::abs(s.r - want) <= tol(s));
}

CPGEO_PROP(EnclosingSphere3dProp, LargeLongLong, 100, ()) { large_optimal<LL>(); }
CPGEO_PROP(EnclosingSphere3dProp, LargeDouble, 100, ()) { large_optimal<double>(); }

}  // namespace
