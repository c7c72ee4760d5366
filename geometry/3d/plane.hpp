// 3d/plane.hpp: Plane3<T>{n, d}, the plane n . p = d (n != 0;
// the side n points to is "above"), a line against it, and
// the projections onto a plane and onto a line.
// plane(a, b, c): through a, b, c (not collinear), n = (b - a)
//   x (c - a): a -> b -> c counter-clockwise seen from above;
//   floating: each coordinate of n by Kahan's fma form, so a
//   thin triangle keeps its vertices on its plane.
//   From a normal n and offset d: Plane3<T>{n, d}.
// value(P, p): n . p - d, exact in wide_t<T>.
// side(P, p): +1 above, -1 below, 0 on P. Floating: 0 iff
//   the distance |n . p - d| / |n| <= eps.
// sdist(P, p): the signed distance (n . p - d) / |n|, real_t.
// project(p, P): the foot p - n (n . p - d) / |n|^2, real_t.
// project(p, l): the foot a + d (d . (p - a)) / |d|^2 on the
//   line l (d = b - a), real_t.
// intersection(l, P): {1, x} the point where line l meets P;
//   {0, _} l parallel to P and apart; {-1, _} l lies in P.
//   Parallel: n . (b - a) == 0 (exact T); floating: the tip b
//   is within eps of the plane through a parallel to P,
//   |n . (b - a)| / |n| <= eps (a length, no angle); in P:
//   parallel and side(P, a) == 0.
// angle(P, Q): the angle between the planes, in [0, pi/2].
// Time: O(1) each.
// Precision: long long: exact for points in the coordinate
//   range (docs/eps.md, asserted) and planes from plane(),
//   or n within 8e18 per coordinate and |d| <= 1e38: |n . p|
//   <= 2.4e28 in __int128, so value and side are exact;
//   sdist, project, intersection round once from exact
//   parts (a few u relative). Floating: value errs by about
//   4u |n| (|p| + |a|), a the point P was built from, so eps
//   must exceed ~8u times the coordinates (docs/eps.md,
//   section 4); intersection's point has error ~ u |x| / s,
//   s the sine of the angle between l and P. plane(a, b, c):
//   n's coordinates within ~1.5 ulp of the cross product of
//   the rounded b - a, c - a (a plain cross product puts b, c
//   ~u L^2 / h off the plane, L the longest side, h the least
//   altitude); the plane's tilt is still ~u L / h.
// Degenerate: n == 0 (collinear a, b, c) asserted by value,
//   as are l's and p's preconditions (line3.hpp).
// Source: cp-geo (vlecomte), "Handbook of geometry for
//   competitive programmers", 3-D chapter (plane, side,
//   proj, inter, angle); Kahan, "Further remarks on reducing
//   truncation errors" (1965) and Jeannerod, Louvet, Muller,
//   Math. Comp. 82 (2013) (the fma difference of products,
//   within 1.5 ulp).
// Tests: unit 3d_plane_test; property 3d_plane_prop.
#pragma once
#include "line3.hpp"
#include <cassert>
#include <cmath>
#include <utility>

namespace geo {

template <class T> struct Plane3 {
  Point3<T> n;
  wide_t<T> d;
};
template <class T>
Plane3<T> plane(Point3<T> a, Point3<T> b, Point3<T> c) {
  assert(in_range(Line3<T>{a, b}, 1e9) && in_range(c, 1e9));
  auto u = b - a, v = c - a, n = u.cross(v);
  // floating: each x y - z w of the cross product to ~1.5 ulp
  // (Kahan's fma form), so a thin triangle keeps its vertices
  if constexpr (!is_exact_v<T>) {
    auto k = [](T x, T y, T z, T w) {
      return std::fma(x, y, -z * w) + std::fma(-z, w, z * w);
    };
    n = {k(u.y, v.z, u.z, v.y), k(u.z, v.x, u.x, v.z),
         k(u.x, v.y, u.y, v.x)};
  }
  return {n, n.dot(a)};
}
template <class T> wide_t<T> value(Plane3<T> P, Point3<T> p) {
  assert(P.n != Point3<T>() && in_range(p, 1e9));
  return P.n.dot(p) - P.d;
}
template <class T> real_t<T> sdist(Plane3<T> P, Point3<T> p) {
  return real_t<T>(value(P, p)) / P.n.norm();
}
template <class T> int side(Plane3<T> P, Point3<T> p) {
  return is_exact_v<T> ? sgn(value(P, p)) : sgn(sdist(P, p));
}
template <class T>
Point3<real_t<T>> project(Point3<T> p, Plane3<T> P) {
  using R = real_t<T>;
  R t = R(value(P, p)) / R(P.n.norm2());
  return Point3<R>(p) - Point3<R>(P.n) * t;
}
template <class T>
Point3<real_t<T>> project(Point3<T> p, Line3<T> l) {
  using R = real_t<T>;
  auto d = dir(l);
  assert(in_range(p, 1000000000));
  R t = R(d.dot(p - l.a)) / R(d.norm2());
  return Point3<R>(l.a) + Point3<R>(d) * t;
}

template <class T>
std::pair<int, Point3<real_t<T>>> intersection(Line3<T> l,
                                               Plane3<T> P) {
  using R = real_t<T>;
  auto d = dir(l);
  auto s = P.n.dot(d), v = value(P, l.a);
  if (is_exact_v<T> ? s == 0
                    : sgn(real_t<T>(s) / P.n.norm()) == 0)
    return {side(P, l.a) ? 0 : -1, {}};
  return {1, Point3<R>(l.a) - Point3<R>(d) * (R(v) / R(s))};
}
template <class T> real_t<T> angle(Plane3<T> P, Plane3<T> Q) {
  Point3<real_t<T>> m(P.n), n(Q.n);
  return std::atan2(m.cross(n).norm(), std::abs(m.dot(n)));
}

}  // namespace geo
