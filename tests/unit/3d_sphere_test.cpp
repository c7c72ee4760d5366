// Unit tests of geometry/3d/sphere.hpp (from_latlon, great_circle).
#include "geometry/3d/sphere.hpp"

#include <gtest/gtest.h>
#include <cmath>

namespace {

using geo::Point3;
using PL = Point3<long long>;
using PD = Point3<double>;
const double pi = std::acos(-1.0), u = std::ldexp(1.0, -53);

TEST(Sphere, LatLonConvention) {
  const PD n = geo::from_latlon(pi / 2, 0.3, 2.0);  // the north pole, any longitude
  EXPECT_NEAR(n.x, 0, 1e-15);
  EXPECT_NEAR(n.y, 0, 1e-15);
  EXPECT_EQ(n.z, 2);
  const PD e = geo::from_latlon(0.0, pi / 2);  // equator, 90 degrees east: the y axis
  EXPECT_NEAR(e.x, 0, 1e-16);
  EXPECT_EQ(e.y, 1);
  EXPECT_EQ(e.z, 0);
  const PD g = geo::from_latlon(0.0, 0.0, 6371.0);  // lat 0, lon 0: the x axis
  EXPECT_EQ(g, PD(6371, 0, 0));
  const PD s = geo::from_latlon(-pi / 4, pi);  // south-west
  EXPECT_NEAR(s.x, -std::sqrt(0.5), 4 * u);
  EXPECT_NEAR(s.z, -std::sqrt(0.5), 4 * u);
}

TEST(Sphere, GreatCircleBasics) {
  EXPECT_EQ(geo::great_circle(PL(1, 0, 0), PL(0, 1, 0)), pi / 2);
  EXPECT_EQ(geo::great_circle(PL(3, 0, 0), PL(0, 0, 7), 2.0), pi);  // lengths do not matter
  EXPECT_EQ(geo::great_circle(PL(1, 2, 3), PL(2, 4, 6)), 0);         // same direction
  EXPECT_EQ(geo::great_circle(PL(1, 2, 3), PL(-2, -4, -6)), pi);     // antipodes exactly
  EXPECT_EQ(geo::great_circle(PD(1, 0, 0), PD(0, 0, 0)), 0);        // no direction: 0 for a
  EXPECT_EQ(geo::great_circle(PD(-1, -1, -1), PD(0, 0, 0)), pi);    // dot +0, pi for -0
  // Long long vectors at 1e9: converted to double first, no overflow.
  const long long B = 1000000000;
  EXPECT_DOUBLE_EQ(geo::great_circle(PL(B, B, B), PL(-B, -B, B)), std::acos(-1.0 / 3));
}

// The atan2 form keeps the tiny angles (acos(dot) would return 0 below ~1e-8) and the
// angles next to pi (acos(dot) is off by ~1e-8 there).
TEST(Sphere, GreatCircleNearZeroAndAntipodes) {
  for (double t : {1e-3, 1e-8, 1e-12, 1e-15}) {
    const PD a(1, 0, 0), b(std::cos(t), std::sin(t), 0);
    EXPECT_NEAR(geo::great_circle(a, b), t, 4 * u) << t;
    EXPECT_NEAR(geo::great_circle(a, b * -1.0), pi - t, 4 * u * pi) << t;
    const double r = 6371e3;  // metres on the Earth
    EXPECT_NEAR(geo::great_circle(a, b, r), r * t, 4 * u * r) << t;
  }
  const PL p(1000000000, 1, 0), q(1000000000, 0, 0);  // 1e-9 rad apart
  EXPECT_NEAR(geo::great_circle(p, q), 1e-9, 1e-24);
  EXPECT_NEAR(geo::great_circle(p, q * -1), pi - 1e-9, 4 * u * pi);
}

TEST(Sphere, LatLonRoundTrip) {
  // KACTL's classic: the distance between two lat/lon pairs on the Earth.
  const double d = pi / 180, R = 6371.0;
  const PD london = geo::from_latlon(51.5074 * d, -0.1278 * d), paris = geo::from_latlon(48.8566 * d, 2.3522 * d);
  EXPECT_NEAR(geo::great_circle(london, paris, R), 343.556, 1e-3);
  for (double lat : {-1.5, -0.7, 0.0, 0.4, 1.2})
    for (double lon : {-3.0, -1.0, 0.0, 2.0, 3.1}) {
      const PD p = geo::from_latlon(lat, lon);
      EXPECT_NEAR(std::asin(p.z), lat, 1e-15);
      EXPECT_NEAR(geo::great_circle(p, PD(0, 0, 1)), pi / 2 - lat, 1e-15);  // colatitude
    }
}

}  // namespace
