// 3d/sphere.hpp: great-circle distance and the point of a
// latitude and longitude.
// from_latlon(lat, lon, r = 1): the point of the sphere of
//   radius r about the origin at latitude lat (radians, from
//   the equator, + north, pi/2 the north pole (0, 0, r)) and
//   longitude lon (radians, from the x axis towards y):
//   (r cos lat cos lon, r cos lat sin lon, r sin lat).
// great_circle(a, b, r = 1): the distance on the sphere of
//   radius r about the origin between the points in the
//   directions of a and b (nonzero; their lengths do not
//   matter): r times the angle atan2(|a x b|, a . b), in
//   [0, pi r], real_t<T>.
// Time: O(1).
// Precision: a and b are taken in real_t<T> (double for long
//   long: exact to 2^53). The angle errs by <= 4u radians (u
//   the unit roundoff; measured 2u below 2 rad, one ulp of
//   pi above) at every angle, 0 and pi included: no acos or
//   asin of a rounded cosine (acos loses half the digits near
//   0 and pi, haversine's asin near pi). So an angle t keeps
//   the relative accuracy 4u / t. |a| |b| must stay within
//   ~1e+-150 (double) so that |a x b|^2 is a normal number.
//   from_latlon: each coordinate within 4u r of the exact
//   value at the given lat, lon (measured 2.7u r).
// Degenerate: a == b: 0; a == -b: pi r; a zero vector has no
//   direction: 0 or pi r by the sign of the zero a . b (not
//   asserted).
// Source: the atan2 form of the angle (Kahan, "How futile are
//   mindless assessments of roundoff", 2006); KACTL
//   sphericalDistance.h for the problem.
// Tests: unit 3d_sphere_test; property 3d_sphere_prop.
#pragma once
#include "point3.hpp"
#include <cmath>

namespace geo {

template <class T>
Point3<T> from_latlon(T lat, T lon, T r = 1) {
  return {r * std::cos(lat) * std::cos(lon),
          r * std::cos(lat) * std::sin(lon),
          r * std::sin(lat)};
}
template <class T> real_t<T> great_circle(Point3<T> a,
                                          Point3<T> b,
                                          real_t<T> r = 1) {
  auto u = Point3<real_t<T>>(a), v = Point3<real_t<T>>(b);
  return r * std::atan2(u.cross(v).norm(), u.dot(v));
}

}  // namespace geo
