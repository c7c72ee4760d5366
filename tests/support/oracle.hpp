// oracle.hpp: exact-arithmetic oracles for cpgeo tests (Boost.Multiprecision, GMP backend;
// link -lgmp). Shared by every topic: put new exact predicates here, never in geometry/.
//
// Independence rule: nothing here calls geo:: algorithms or Point member functions (no
// geo::orient, no Point::cross/dot). Points enter only through their .x and .y members
// (template parameter P), are converted EXACTLY to rationals, and every predicate is written
// from its textbook definition, in a different form from the library where one exists:
//   orientation  the 3x3 determinant | ax ay 1 ; bx by 1 ; cx cy 1 | expanded along the
//                column of ones (the library uses (b-a) x (c-a) on sorted points);
//   polar order  the "diamond angle" pseudo-angle: a rational, strictly increasing function
//                of the argument, with no half-plane split and no cross product;
//   CGL_1_C      the five-way answer from the line parameter t = (c-a).(b-a) / |b-a|^2.
//
// API (namespace oracle):
//   Z, Q                  mpz_int, mpq_rational (oracle arithmetic)
//   ZX, QX                the same without expression templates, for Point<QX> etc.
//   q(v)                  exact rational of long long / __int128 / double / long double / Z / Q
//   QP, qp(p)             an exact point, from anything with members x and y
//   sign(v)               -1, 0, +1 of a Z or Q
//   det3(a, b, c)         twice the signed area; orientation(a, b, c) its sign
//   dist2(a, b), cross(u, v), dot(u, v)   exact, on QP (written out here)
//   altitude2(a, b, c)    squared SMALLEST altitude of triangle abc = det^2 / longest side^2
//                         (0 when all three points coincide)
//   diamond(p)            pseudo-angle in (-2, 2]; arg -> diamond is strictly increasing on
//                         (-pi, pi]; origin -> 0 (tied with the positive x axis)
//   polar_cmp(p, r)       sign(diamond(p) - diamond(r))
//   line_param(a, b, c)   t = (c-a).(b-a) / |b-a|^2   (precondition a != b)
//   same(a, b)            a and b are the same point
//   seg_dist2(a, b, p)    squared distance from p to the segment ab (a == b: to the point)
//   cgl_ccw(a, b, c)      +1 ccw, -1 cw, +2 online back, -2 online front, 0 on segment
//   cmp_len(num, den2, L) sign(num / sqrt(den2) - L), exact, den2 > 0
//   cmp_along(a, b, c, L) sign(s - L), s = the signed distance of c's projection from a
//                         along a->b, i.e. (c-a).(b-a) / |b-a|
//   cmp_alt(a, b, c, L)   sign(smallest altitude - L), L >= 0
//
// Conversions are exact: a double/long double is split with frexp into an integer mantissa
// (numeric_limits<T>::digits bits, at most 64) times a power of two, so no rounding can
// happen anywhere (GMP's mpq_set_d would do for double; long double needs the split).
#pragma once
#include <boost/multiprecision/gmp.hpp>
#include <cassert>
#include <cmath>
#include <limits>
#include <type_traits>

namespace oracle {

using Z = boost::multiprecision::mpz_int;
using Q = boost::multiprecision::mpq_rational;
// The same types without expression templates: use these as the COORDINATE type when
// running library templates with exact arithmetic (e.g. Point<QX>), since library code
// like sgn(a - b) deduces its template argument from the expression type.
using ZX = boost::multiprecision::number<boost::multiprecision::gmp_int,
                                         boost::multiprecision::et_off>;
using QX = boost::multiprecision::number<boost::multiprecision::gmp_rational,
                                         boost::multiprecision::et_off>;

// ------------------------------------------------------------------ exact conversion
inline Q q(const Q& v) { return v; }
inline Q q(const Z& v) { return Q(v); }

__extension__ typedef __int128 int128;
inline Z z128(int128 v) {  // via two 64-bit halves; exact for every __int128
  const bool neg = v < 0;
  unsigned __int128 m = neg ? (unsigned __int128)0 - (unsigned __int128)v : (unsigned __int128)v;
  Z r = Z(static_cast<unsigned long long>(m >> 64));
  r <<= 64;
  r += Z(static_cast<unsigned long long>(m));
  return neg ? Z(-r) : r;
}
inline Q q(int128 v) { return Q(z128(v)); }

template <class T>
std::enable_if_t<std::is_integral<T>::value && (sizeof(T) <= 8), Q> q(T v) {
  return Q(Z(v));
}

template <class T>
std::enable_if_t<std::is_floating_point<T>::value, Q> q(T v) {
  static_assert(std::numeric_limits<T>::digits <= 64, "mantissa must fit 64 bits");
  assert(std::isfinite(v) && "oracle::q of a non-finite value");
  if (v == 0) return Q(0);
  int e = 0;
  const T m = std::frexp(v, &e);  // v = m * 2^e, 0.5 <= |m| < 1
  const int digits = std::numeric_limits<T>::digits;
  const T scaled = std::ldexp(std::fabs(m), digits);  // integer in [2^(digits-1), 2^digits)
  Z mant = Z(static_cast<unsigned long long>(scaled));
  if (m < 0) mant = -mant;
  e -= digits;
  if (e >= 0) return Q(Z(mant << e));
  return Q(mant, Z(Z(1) << -e));
}

// ------------------------------------------------------------------ exact points
struct QP {
  Q x, y;
};
template <class P> QP qp(const P& p) { return QP{q(p.x), q(p.y)}; }

inline int sign(const Q& v) { return v.sign(); }
inline int sign(const Z& v) { return v.sign(); }

inline Q cross(const QP& u, const QP& v) { return u.x * v.y - u.y * v.x; }
inline Q dot(const QP& u, const QP& v) { return u.x * v.x + u.y * v.y; }
inline QP sub(const QP& a, const QP& b) { return QP{a.x - b.x, a.y - b.y}; }
inline Q dist2(const QP& a, const QP& b) {
  const Q dx = a.x - b.x, dy = a.y - b.y;
  return dx * dx + dy * dy;
}

// | ax ay 1 |
// | bx by 1 |   expanded along the third column: minors of the ones.
// | cx cy 1 |
inline Q det3(const QP& a, const QP& b, const QP& c) {
  return (b.x * c.y - c.x * b.y) - (a.x * c.y - c.x * a.y) + (a.x * b.y - b.x * a.y);
}
inline int orientation(const QP& a, const QP& b, const QP& c) { return sign(det3(a, b, c)); }

inline Q altitude2(const QP& a, const QP& b, const QP& c) {
  Q longest = dist2(a, b);
  const Q bc = dist2(b, c), ca = dist2(c, a);
  if (bc > longest) longest = bc;
  if (ca > longest) longest = ca;
  if (longest == 0) return Q(0);
  const Q d = det3(a, b, c);
  return d * d / longest;
}

// Diamond angle: project p onto the L1 unit circle |x| + |y| = 1 and measure the position
// along it. Each of the four quadrant pieces is a Moebius function of tan(arg) with
// positive derivative, so the whole map is strictly increasing in arg on (-pi, pi].
//   arg in [0, pi/2)      ->  y / s              in [0, 1)
//   arg in [pi/2, pi)     ->  1 + (-x) / s       in [1, 2)
//   arg == pi             ->  2
//   arg in (-pi, -pi/2)   -> -2 + (-y) / s       in (-2, -1)
//   arg in [-pi/2, 0)     -> -1 + x / s          in [-1, 0)
// with s = |x| + |y|. The origin maps to 0 (argument 0 by the library's convention).
inline Q diamond(const QP& p) {
  const Q ax = abs(p.x), ay = abs(p.y);
  const Q s = ax + ay;
  if (s == 0) return Q(0);
  if (p.y >= 0) {
    if (p.x > 0) return p.y / s;
    if (p.y == 0) return Q(2);  // negative x axis
    return Q(1) + ax / s;
  }
  if (p.x < 0) return Q(-2) + ay / s;
  return Q(-1) + p.x / s;
}
inline int polar_cmp(const QP& p, const QP& r) { return sign(Q(diamond(p) - diamond(r))); }

inline Q line_param(const QP& a, const QP& b, const QP& c) {
  const QP d = sub(b, a);
  const Q n = dot(d, d);
  assert(n != 0 && "line_param: a == b");
  return dot(sub(c, a), d) / n;
}

inline bool same(const QP& a, const QP& b) { return a.x == b.x && a.y == b.y; }

inline Q seg_dist2(const QP& a, const QP& b, const QP& p) {
  if (same(a, b)) return dist2(a, p);
  const Q t = line_param(a, b, p);
  if (t <= 0) return dist2(a, p);
  if (t >= 1) return dist2(b, p);
  return dist2(QP{a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)}, p);
}

inline int cgl_ccw(const QP& a, const QP& b, const QP& c) {
  const int s = orientation(a, b, c);
  if (s != 0) return s;
  const Q t = line_param(a, b, c);
  if (t < 0) return 2;
  if (t > 1) return -2;
  return 0;
}

// sign(num / sqrt(den2) - L) without square roots: compare signs, then squares.
inline int cmp_len(const Q& num, const Q& den2, const Q& L) {
  assert(den2 > 0);
  const int sa = sign(num), sb = sign(L);  // sign(L * sqrt(den2)) == sign(L)
  if (sa != sb) return sa > sb ? 1 : -1;
  if (sa == 0) return 0;
  const int c = sign(Q(num * num - L * L * den2));  // compares |A| with |B|
  return sa > 0 ? c : -c;
}

inline int cmp_along(const QP& a, const QP& b, const QP& c, const Q& L) {
  const QP d = sub(b, a);
  return cmp_len(dot(sub(c, a), d), dot(d, d), L);
}

inline int cmp_alt(const QP& a, const QP& b, const QP& c, const Q& L) {
  assert(L >= 0);
  return sign(Q(altitude2(a, b, c) - L * L));
}

}  // namespace oracle
