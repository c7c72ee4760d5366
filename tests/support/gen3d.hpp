// gen3d.hpp: RapidCheck generators of 3-D points for the 3-D property tests, on top of
// generators.hpp's scalars (uniform_int, uniform_real, eps_factor):
//   point3_of(gx, gy, gz), uniform_point3<T>(R), lattice_point3<T>(n) (coordinates 0..n-1),
//   bound_point3<T>(B) (each coordinate one of -B, -B+1, -1, 0, 1, B-1, B)
//   Quad3<T>{a, b, c, d} (shown exactly), quad3_of(g)
//   coplanar_quad_ll(B)        long long: d = a + i (b - a) + j (c - a) + e, i, j in -1..1,
//                              e in {-1, 0, 1}^3 (coplanar or one lattice step off), |x| <= B
//   rounded_coplanar_quad_ll(B) long long: d = a + s (b - a) + t (c - a) rounded, s, t real
//                              in [-1, 1], a, b, c within B / 5 (so |d| <= B; B / 4 let d
//                              reach 1.25 B and trip orient3d's range assert, a flaky run)
//   near_coplanar_quad<T>(R, eps) floating: d = a + s (b - a) + t (c - a) + f eps n, n the
//                              unit normal of abc, f from eps_factor (the eps band)
#pragma once
#include "generators.hpp"
#include "geometry/3d/point3.hpp"
#include "show.hpp"

#include <rapidcheck.h>
#include <cmath>
#include <ostream>

namespace geotest {

using geo::Point3;

template <class T> Point3<T> p3(T x, T y, T z) { return Point3<T>(x, y, z); }

template <class T> rc::Gen<Point3<T>> point3_of(rc::Gen<T> gx, rc::Gen<T> gy, rc::Gen<T> gz) {
  return rc::gen::apply([](T x, T y, T z) { return Point3<T>(x, y, z); }, std::move(gx),
                        std::move(gy), std::move(gz));
}
template <class T> rc::Gen<Point3<T>> uniform_point3(T R) {
  return point3_of(coord<T>(R), coord<T>(R), coord<T>(R));
}
template <class T> rc::Gen<Point3<T>> lattice_point3(int n) {
  auto g = rc::gen::cast<T>(uniform_int(0, n - 1));
  return point3_of<T>(g, g, g);
}
template <class T> rc::Gen<Point3<T>> bound_point3(T B) {
  auto g = rc::gen::element<T>(-B, -B + 1, T(-1), T(0), T(1), B - 1, B);
  return point3_of<T>(g, g, g);
}

template <class T> struct Quad3 {
  Point3<T> a, b, c, d;
};
template <class T> std::string paste3(const Point3<T>& p) {
  return "{" + lit(p.x) + ", " + lit(p.y) + ", " + lit(p.z) + "}";
}
template <class T> void showValue(const Quad3<T>& q, std::ostream& os) {
  os << "geo::Point3<" << type_name<T>() << "> a" << paste3(q.a) << ", b" << paste3(q.b)
     << ", c" << paste3(q.c) << ", d" << paste3(q.d) << ";";
}
template <class T> rc::Gen<Quad3<T>> quad3_of(rc::Gen<Point3<T>> g) {
  return rc::gen::apply(
      [](Point3<T> a, Point3<T> b, Point3<T> c, Point3<T> d) { return Quad3<T>{a, b, c, d}; }, g,
      g, g, g);
}

inline rc::Gen<Quad3<long long>> coplanar_quad_ll(long long B) {
  using P = Point3<long long>;
  return rc::gen::apply(
      [](P a, P b, P c, long long i, long long j, P e) {
        return Quad3<long long>{a, b, c, a + (b - a) * i + (c - a) * j + e};
      },
      uniform_point3<long long>(B / 8), uniform_point3<long long>(B / 8),
      uniform_point3<long long>(B / 8), uniform_int(-1, 1), uniform_int(-1, 1),
      uniform_point3<long long>(1));
}

inline rc::Gen<Quad3<long long>> rounded_coplanar_quad_ll(long long B) {
  using P = Point3<long long>;
  return rc::gen::apply(
      [](P a, P b, P c, double s, double t) {
        auto r = [&](long long x, long long y, long long z) {
          return std::llround(double(x) + s * double(y - x) + t * double(z - x));
        };
        return Quad3<long long>{a, b, c, P(r(a.x, b.x, c.x), r(a.y, b.y, c.y), r(a.z, b.z, c.z))};
      },
      // a, b, c within B / 5 and s, t in [-1, 1]: |d| <= B / 5 + 2 (2 B / 5) = B
      uniform_point3<long long>(B / 5), uniform_point3<long long>(B / 5),
      uniform_point3<long long>(B / 5), uniform_real<double>(1), uniform_real<double>(1));
}

template <class T> rc::Gen<Quad3<T>> near_coplanar_quad(T R, T eps) {
  using P = Point3<T>;
  return rc::gen::apply(
      [=](P a, P b, P c, T s, T t, T f) {
        const P n = (b - a).cross(c - a);
        const T len = std::sqrt(n.x * n.x + n.y * n.y + n.z * n.z);
        P d = a + (b - a) * s + (c - a) * t;
        if (len > 0) d = d + n * (f * eps / len);
        return Quad3<T>{a, b, c, d};
      },
      uniform_point3<T>(R / 2), uniform_point3<T>(R / 2), uniform_point3<T>(R / 2),
      uniform_real<T>(T(0.5)), uniform_real<T>(T(0.5)), eps_factor<T>());
}

}  // namespace geotest
