// Properties of geometry/3d/point3.hpp against tests/support/oracle3d.hpp.
//
// long long (|x|,|y|,|z| <= 1e9): orient3d equals the exact sign of the 4x4 determinant with
//   a column of ones (cofactor expansion) on uniform, coplanar (and one lattice step off),
//   rounded-coplanar, small-lattice and extreme (+-1e9, +-(1e9 - 1), 0, +-1) points; dot,
//   cross, norm2, dist2 are exact at their stated ranges (points to 1e9, differences to 2e9,
//   vectors to 7e18 for dot and norm2, the norm2 of a cross product of differences).
// double, long double (every scale 2^-20..1e9, eps 1e-9, 1e-6, 1e-12): on the sorted points
//   the rounded determinant errs by <= 10u |b - a| |c - a| |d - a| (the header's bound), so
//   orient3d is 0 when the exact smallest altitude is below eps - W and the exact sign above
//   eps + W, W = 10u |b - a| |c - a| |d - a| / (largest |face normal|); all 24 permutations
//   give the same answer up to the permutation's sign, bit for bit.
#include "geometry/3d/point3.hpp"

#include "gen3d.hpp"
#include "oracle.hpp"
#include "oracle3d.hpp"
#include "property.hpp"
#include "scoped_eps.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <iostream>
#include <limits>

namespace {

using geo::Point3;
using geotest::Quad3;
using oracle::Q;
using oracle3d::P3;
using oracle3d::p3;
using LL = long long;
using LD = long double;
constexpr LL kBound = 1000000000;

rc::Gen<Quad3<LL>> exact_quad() {
  using namespace geotest;
  return rc::gen::weightedOneOf<Quad3<LL>>({
      {3, quad3_of(uniform_point3<LL>(kBound))},
      {3, coplanar_quad_ll(kBound)},
      {2, rounded_coplanar_quad_ll(kBound)},
      {2, quad3_of(lattice_point3<LL>(3))},
      {2, quad3_of(bound_point3<LL>(kBound))},
  });
}

int parity(const std::array<int, 4>& p) {
  int inv = 0;
  for (int i = 0; i < 4; i++)
    for (int j = i + 1; j < 4; j++) inv += p[i] > p[j];
  return inv % 2 ? -1 : 1;
}

CPGEO_PROP(Point3Prop, Orient3dLongLongExact, 2000, ()) {
  const auto q = *exact_quad();
  const int want = oracle3d::orientation(p3(q.a), p3(q.b), p3(q.c), p3(q.d));
  RC_CLASSIFY(want == 0, "coplanar");
  const std::array<Point3<LL>, 4> v{q.a, q.b, q.c, q.d};
  std::array<int, 4> i{0, 1, 2, 3};
  do RC_ASSERT(geo::orient3d(v[i[0]], v[i[1]], v[i[2]], v[i[3]]) == parity(i) * want);
  while (std::next_permutation(i.begin(), i.end()));
}

CPGEO_PROP(Point3Prop, LongLongOpsExact, 1000, ()) {
  using P = Point3<LL>;
  const P a = *geotest::uniform_point3<LL>(kBound), b = *geotest::uniform_point3<LL>(kBound);
  const P c = *geotest::uniform_point3<LL>(kBound);
  const P u = b - a, v = c - a;  // differences: |coordinate| <= 2e9
  const P3 A = p3(a), B = p3(b), U = oracle3d::sub(p3(b), A), V = oracle3d::sub(p3(c), A);
  RC_ASSERT(oracle::q(dist2(a, b)) == oracle3d::dist2(A, B));
  RC_ASSERT(oracle::q(u.dot(v)) == oracle3d::dot(U, V));
  RC_ASSERT(oracle::q(u.norm2()) == oracle3d::norm2(U));
  const P n = u.cross(v);  // each coordinate <= 8e18
  RC_ASSERT(oracle::q(n.x) == U.y * V.z - U.z * V.y);
  RC_ASSERT(oracle::q(n.y) == U.z * V.x - U.x * V.z);
  RC_ASSERT(oracle::q(n.z) == U.x * V.y - U.y * V.x);
  RC_ASSERT(oracle::q(n.norm2()) == oracle3d::gram2(U, V));  // <= 1.44e38, Lagrange
  // vectors to 7e18 per coordinate: dot and norm2 exact
  const LL W = 7000000000000000000LL;
  const P w = *geotest::uniform_point3<LL>(W), z = *geotest::uniform_point3<LL>(W);
  RC_ASSERT(oracle::q(w.dot(z)) == oracle3d::dot(p3(w), p3(z)));
  RC_ASSERT(oracle::q(w.norm2()) == oracle3d::norm2(p3(w)));
}

// ---------------------------------------------------------------- floating

template <class T> LD len(const Point3<T>& p) {
  return std::sqrt(LD(p.x) * p.x + LD(p.y) * p.y + LD(p.z) * p.z);
}

template <class T> rc::Gen<Quad3<T>> float_quad(T eps) {
  using namespace geotest;
  auto scaled = [=](T R) {
    return rc::gen::weightedOneOf<Quad3<T>>({
        {6, near_coplanar_quad<T>(R, eps)},
        {1, quad3_of(uniform_point3<T>(R))},
        {1, quad3_of(rc::gen::map(lattice_point3<LL>(3), [](Point3<LL> p) { return Point3<T>(p); }))},
    });
  };
  return rc::gen::weightedOneOf<Quad3<T>>({
      {2, scaled(T(1))},
      {2, scaled(T(1000))},
      {2, scaled(T(1e6))},
      {1, scaled(T(1e9))},
      {1, scaled(std::ldexp(T(1), -20))},
  });
}

template <class T> rc::Gen<T> eps_choice() {
  return rc::gen::weightedElement<T>({{4, T(1e-9)}, {1, T(1e-6)}, {1, T(1e-12)}});
}

struct Worst {
  LD det = 0;  // largest |v - det| / (u |b - a| |c - a| |d - a|) seen
  ~Worst() { std::cout << "[ cpgeo    ] orient3d: worst determinant error " << det << " u |b-a||c-a||d-a| (bound 10)\n"; }
};
Worst worst_double, worst_long_double;

template <class T> void band(Worst& worst) {
  const T eps = *eps_choice<T>();
  geotest::ScopedEps<T> scoped(eps);
  const auto q = *float_quad<T>(eps);
  std::array<Point3<T>, 4> s{q.a, q.b, q.c, q.d};
  std::sort(s.begin(), s.end());
  const auto [a, b, c, d] = s;
  const P3 A = p3(a), B = p3(b), C = p3(c), D = p3(d);
  const Q det = oracle3d::vol6(A, B, C, D);
  const int got = geo::orient3d(q.a, q.b, q.c, q.d);
  if (a == b || b == c || c == d) {
    RC_ASSERT(got == 0);
    return;
  }
  // the library's operations on the sorted points, compiled here as there
  const T v = (b - a).cross(c - a).dot(d - a);
  const LD u = std::numeric_limits<T>::epsilon() / 2;
  const LD prod = len(b - a) * len(c - a) * len(d - a);
  const LD err = std::fabs(LD((oracle::q(v) - det).template convert_to<LD>()));
  worst.det = std::max(worst.det, err / (u * prod));
  RC_ASSERT(err <= 10 * u * prod);
  // (a) the eps decision is the exact altitude's outside eps -+ W
  const Q F = std::max({oracle3d::face2(A, B, C), oracle3d::face2(A, B, D),
                        oracle3d::face2(A, C, D), oracle3d::face2(B, C, D)});
  RC_PRE(F > 0);
  const LD W = 10 * u * prod / std::sqrt(F.convert_to<LD>()) * (1 + 1e-6L);
  const Q h2 = det * det / F, lo = oracle::q(LD(eps) - W), hi = oracle::q(LD(eps) + W);
  RC_CLASSIFY(h2 < lo * lo && lo > 0, "below the band");
  RC_CLASSIFY(h2 > hi * hi, "above the band");
  if (lo > 0 && h2 < lo * lo) RC_ASSERT(got == 0);
  if (h2 > hi * hi)  // the sign of the points as given
    RC_ASSERT(got == oracle3d::orientation(p3(q.a), p3(q.b), p3(q.c), p3(q.d)));
}

CPGEO_PROP(Point3Prop, Orient3dDoubleBand, 3000, ()) { band<double>(worst_double); }
CPGEO_PROP(Point3Prop, Orient3dLongDoubleBand, 1500, ()) { band<LD>(worst_long_double); }

template <class T> void symmetric() {
  const T eps = *eps_choice<T>();
  geotest::ScopedEps<T> scoped(eps);
  const auto q = *float_quad<T>(eps);
  const std::array<Point3<T>, 4> v{q.a, q.b, q.c, q.d};
  const int want = geo::orient3d(q.a, q.b, q.c, q.d);
  RC_CLASSIFY(want == 0, "zero");
  std::array<int, 4> i{0, 1, 2, 3};
  do RC_ASSERT(geo::orient3d(v[i[0]], v[i[1]], v[i[2]], v[i[3]]) == parity(i) * want);
  while (std::next_permutation(i.begin(), i.end()));
}

CPGEO_PROP(Point3Prop, Orient3dDoublePermutations, 1500, ()) { symmetric<double>(); }
CPGEO_PROP(Point3Prop, Orient3dLongDoublePermutations, 800, ()) { symmetric<LD>(); }

}  // namespace
