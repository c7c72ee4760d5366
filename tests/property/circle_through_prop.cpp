// Properties of geometry/circle/through.hpp against tests/support/oracle_circle_cover.hpp.
//   long long, pairs on dense grids, uniform up to the bound 1e9, exactly 2r apart (a
//     Pythagorean direction) and one unit nearer or farther: the number of centres equals
//     the oracle's exact count; each centre is within 8u (|m| + r) of the oracle's (50
//     digits) and its distances to a and b are r within that, the left one first; a tangent
//     pair gives the midpoint exactly.
//   double: the same pairs scaled by 2^-k: the exact count when | |b - a| - 2r | >= 2 eps,
//     one centre when it is <= eps/2, either otherwise; distances to a and b within 8u (|m|
//     + r) of r (a midpoint decided within eps: eps/2 more) (the position itself moves by up to sqrt(u) r near tangency: d^2 is rounded),
//     the left one first.
#include "geometry/circle/through.hpp"

#include "circle_gen.hpp"
#include "oracle_circle_cover.hpp"
#include "property.hpp"

#include <cmath>
#include <type_traits>

namespace {

using geo::Point;
using LL = long long;
using oracle::Q;
using oracle_cover::F;

struct Pair {
  Point<LL> a, b;
  LL r;
};

Pair any_pair() {
  const LL R = *rc::gen::elementOf(std::vector<LL>{4, 1000, 1000000, 500000000});
  const LL kind = *geotest::uniform_int(0, 2);
  Pair p{*geotest::uniform_point<LL>(R), {}, 0};
  if (kind == 0) {
    p.b = *geotest::uniform_point<LL>(R), p.r = *geotest::uniform_int(0, R);
  } else {  // b - a = k (x, y) with x^2 + y^2 = z^2, 2r = k z (+-1 unit on b)
    static const auto dirs = geotest::pythagorean(2000);
    const auto d = dirs[size_t(*geotest::uniform_int(0, LL(dirs.size()) - 1))];
    const LL k = 2 * *geotest::uniform_int(1, std::max<LL>(1, R / d[2] / 2));
    p.b = p.a + Point<LL>(d[0] * k, d[1] * k) + Point<LL>(*geotest::uniform_int(-1, 1) * (kind - 1), 0);
    p.r = k * d[2] / 2;
  }
  if (p.a == p.b) p.b.y += 1;
  return p;
}

template <class T> void check(Point<T> a, Point<T> b, T r, int n) {
  const auto c = geo::through(a, b, r);
  RC_ASSERT(int(c.size()) == n);
  if (n == 0) return;
  const auto want = oracle_cover::through_centres(oracle::qp(a), oracle::qp(b), oracle::q(r));
  const double u = std::ldexp(1.0, -53);
  const F tol = F(8 * u) * F(std::hypot(double(a.x + b.x) / 2, double(a.y + b.y) / 2) + double(r));
  if (std::is_integral<T>::value && want.size() == size_t(n))
    for (int i = 0; i < n; i++) {  // the exact centres, within tol
      RC_ASSERT(abs(F(c[size_t(i)].x) - want[size_t(i)].first) <= tol);
      RC_ASSERT(abs(F(c[size_t(i)].y) - want[size_t(i)].second) <= tol);
    }
  // on both circles within tol (floating: d^2 was rounded), the midpoint of a tangency
  // decided within eps within eps/2 more
  const F t1 = tol + (n == 1 && !std::is_integral<T>::value ? F(oracle::q(geo::eps<T>)) / 2 : F(0));
  for (const auto& q : c)
    for (const auto& e : {a, b}) {
      const F dx = F(q.x) - F(oracle::q(e.x)), dy = F(q.y) - F(oracle::q(e.y));
      RC_ASSERT(abs(sqrt(dx * dx + dy * dy) - F(oracle::q(r))) <= t1);
    }
  if (n == 2) {  // the left one first
    const F cr = (F(oracle::q(b.x)) - F(oracle::q(a.x))) * (F(c[0].y) - F(c[1].y)) -
                 (F(oracle::q(b.y)) - F(oracle::q(a.y))) * (F(c[0].x) - F(c[1].x));
    RC_ASSERT(cr >= 0);
  }
  if (n == 1) {  // the midpoint
    RC_ASSERT(c[0].x == (double(a.x) + double(b.x)) / 2);
    RC_ASSERT(c[0].y == (double(a.y) + double(b.y)) / 2);
  }
}

CPGEO_PROP(CircleThroughProp, ExactCountAndCentres, 500, ()) {
  const Pair p = any_pair();
  const int n = oracle_cover::through_count(oracle::qp(p.a), oracle::qp(p.b), oracle::q(p.r));
  check(p.a, p.b, p.r, n);
  RC_TAG(n);
}

CPGEO_PROP(CircleThroughProp, DoubleContract, 500, ()) {
  const Pair p = any_pair();
  const double f = std::ldexp(1.0, int(*geotest::uniform_int(-20, 0)));
  const Point<double> a(double(p.a.x) * f, double(p.a.y) * f), b(double(p.b.x) * f, double(p.b.y) * f);
  const double r = double(p.r) * f;
  if (std::max({std::abs(a.x), std::abs(a.y), std::abs(b.x), std::abs(b.y), r}) > 3.7e5) return;
  const Q d2 = oracle_cover::d2(oracle::qp(a), oracle::qp(b)), e = oracle::q(geo::eps<double>);
  auto vs = [&](const Q& L) {  // sign(|b - a| - L), L >= 0
    return L < 0 ? 1 : oracle::sign(Q(d2 - L * L));
  };
  const Q r2 = 2 * oracle::q(r);
  const int exact = oracle_cover::through_count(oracle::qp(a), oracle::qp(b), oracle::q(r));
  const auto c = geo::through(a, b, r);
  if (vs(r2 + 2 * e) >= 0 || vs(r2 - 2 * e) <= 0) check(a, b, r, exact);
  else if (vs(r2 + e / 2) <= 0 && vs(r2 - e / 2) >= 0) check(a, b, r, 1);
  else RC_ASSERT(c.size() == 1 || int(c.size()) == exact);
}

}  // namespace
