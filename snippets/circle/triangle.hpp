// cpgeo circle/triangle.hpp, hash 9e0d4e; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <cassert>
#include <utility>

// base.hpp: the scalar layer. Every tolerance decision in cpgeo goes through here.
// eps<T>  a LENGTH. 0 for exact types (integral, multiprecision); GEO_EPS (default 1e-9)
//         for floating ones. Override: #define GEO_EPS 1e-7 before the first include, or
//         assign geo::eps<double> = 1e-7 at run time (exact types ignore it).
// sgn, cmp  exact for exact types; floating: |x| <= eps counts as 0, so apply them to
//         lengths, never to raw products (an area is not a length).
// wide_t<T>  type for degree-3/4 intermediates: __int128 for long long.
// real_t<T>  type of lengths and angles: T if floating, else double.
// Where  a point against a region: OUTSIDE 0, BOUNDARY 1, INSIDE 2 (AOJ CGL_3_C codes).
// Time O(1). Source: the zero-eps-for-integers trick of tourist/algo; vlecomte cp-geo 1.
#ifndef GEO_BASE_HPP
#define GEO_BASE_HPP

#ifndef GEO_EPS
#define GEO_EPS 1e-9
#endif

namespace geo {

template <class T> constexpr bool is_exact_v = std::numeric_limits<T>::is_exact;

template <class T> inline T eps = is_exact_v<T> ? T(0) : T(GEO_EPS);

template <class T> int sgn(const T& x) {
  if constexpr (is_exact_v<T>) return (x > 0) - (x < 0);
  else return (x > eps<T>) - (x < -eps<T>);
}

template <class T> int cmp(const T& a, const T& b) { return sgn(T(a - b)); }

enum Where : int { OUTSIDE = 0, BOUNDARY = 1, INSIDE = 2 };

template <class T> struct wide { using type = T; };
template <> struct wide<long long> { __extension__ typedef __int128 type; };
template <class T> using wide_t = typename wide<T>::type;

template <class T>
using real_t = std::conditional_t<std::is_floating_point<T>::value, T, double>;

// Debug-build precondition: finite if floating; |x| <= bound if a 64-bit integer.
template <class T> bool in_range(const T& x, long long bound) {
  if constexpr (std::is_floating_point<T>::value) return std::isfinite(x);
  else if constexpr (std::is_integral<T>::value && sizeof(T) <= 8) return -bound <= x && x <= bound;
  else return true;
}

}  // namespace geo
#endif

// point.hpp: Point<T>, a 2-D point or vector; one template for exact and floating use.
// T = long long: exact; dot, cross, norm2 and dist2 are overflow-free for |x|,|y| <= 1e9
//     (debug builds assert that bound where it matters). int is refused: it overflows.
// T = double / long double: results carry rounding error only; no eps is used here.
// == and < are exact and lexicographic (x, then y): use them for sort/set/map, not to
// ask "same point up to eps" (that is dist(a, b) <= eps). All operations O(1).
// rotate, unit, angle need floating T; norm and dist return real_t<T>.
// frac_t<T>: type of constructed coordinates: double for integral T (never a truncated
//   lattice point), T itself otherwise (exact for rationals). point_cast<Q>(p): p in Q.
// lex_order(a, b): sorts a, b lexicographically; -1 if it swapped them, else +1.
// cross_at(a, b, r): (b - a) x (r - o), o the one of a, b nearer r (floating: keeps the
//   digits of r - o); exact types: o = a. long long: exact for |x|,|y| <= 1e9.
// Reading and printing (>>, <<): io.hpp.
// Source: KACTL Point.h for the one-template idea.
#ifndef GEO_POINT_HPP
#define GEO_POINT_HPP

namespace geo {

template <class T> struct Point {
  static_assert(!std::is_integral<T>::value || sizeof(T) >= 8,
                "use Point<long long>: cross products of int coordinates overflow");
  T x{}, y{};
  Point() = default;
  Point(const T& px, const T& py) : x(px), y(py) {}

  Point operator+(const Point& p) const { return {x + p.x, y + p.y}; }
  Point operator-(const Point& p) const { return {x - p.x, y - p.y}; }
  Point operator-() const { return {-x, -y}; }
  Point operator*(const T& k) const { return {x * k, y * k}; }
  Point operator/(const T& k) const { return {x / k, y / k}; }  // truncates for integral T
  Point& operator+=(const Point& p) { return *this = *this + p; }
  Point& operator-=(const Point& p) { return *this = *this - p; }
  friend Point operator*(const T& k, const Point& p) { return p * k; }
  bool operator==(const Point& p) const { return x == p.x && y == p.y; }
  bool operator!=(const Point& p) const { return !(*this == p); }
  bool operator<(const Point& p) const { return x < p.x || (x == p.x && y < p.y); }

  T dot(const Point& p) const { return x * p.x + y * p.y; }
  T cross(const Point& p) const { return x * p.y - y * p.x; }
  T cross(const Point& a, const Point& b) const { return (a - *this).cross(b - *this); }
  T norm2() const { return dot(*this); }
  real_t<T> norm() const { return std::sqrt(static_cast<real_t<T>>(norm2())); }
  Point perp() const { return {-y, x}; }      // rotated +90 degrees, exact
  Point perp_cw() const { return {y, -x}; }   // rotated -90 degrees, exact
  T angle() const {  // argument in (-pi, pi]
    static_assert(std::is_floating_point<T>::value, "angle needs floating T");
    return std::atan2(y + T(0), x);  // + 0 turns -0.0 into 0.0: never -pi
  }
  Point rotate(const T& a) const {  // counter-clockwise by a radians
    static_assert(std::is_floating_point<T>::value, "rotate needs floating T");
    T c = std::cos(a), s = std::sin(a);
    return {x * c - y * s, x * s + y * c};
  }
  Point unit() const {  // precondition: not the zero vector
    static_assert(std::is_floating_point<T>::value, "unit needs floating T");
    assert((x != 0 || y != 0) && "unit() of the zero vector");
    return *this / norm();
  }
};

template <class T> T dist2(const Point<T>& a, const Point<T>& b) { return (a - b).norm2(); }
template <class T> real_t<T> dist(const Point<T>& a, const Point<T>& b) { return (a - b).norm(); }

// Signed angle turning a onto b, in (-pi, pi]; 0 if either is the zero vector.
template <class T> real_t<T> angle(const Point<T>& a, const Point<T>& b) {
  return std::atan2(static_cast<real_t<T>>(a.cross(b)) + real_t<T>(0), static_cast<real_t<T>>(a.dot(b)));
}

// Debug-build precondition for exact formulas: finite, and |x|,|y| <= bound if integral.
template <class T> bool in_range(const Point<T>& p, long long bound) {
  return in_range(p.x, bound) && in_range(p.y, bound);
}
template <class C> bool all_in_range(const C& points, long long bound) {  // e.g. a polygon
  for (const auto& p : points)
    if (!in_range(p, bound)) return false;
  return true;
}

template <class T>
using frac_t = std::conditional_t<std::numeric_limits<T>::is_integer, double, T>;
template <class Q, class T> Point<Q> point_cast(const Point<T>& p) { return {Q(p.x), Q(p.y)}; }

// Sorts a, b lexicographically; returns -1 if it swapped them, else +1.
template <class T> int lex_order(Point<T>& a, Point<T>& b) {
  if (!(b < a)) return 1;
  std::swap(a, b);
  return -1;
}

// (b - a) x (r - o), o = the one of a, b nearer r (floating: keeps the digits of r - o).
template <class T> T cross_at(const Point<T>& a, const Point<T>& b, const Point<T>& r) {
  if constexpr (!is_exact_v<T>)
    if (dist2(r, b) < dist2(r, a)) return (b - a).cross(r - b);
  return (b - a).cross(r - a);
}

}  // namespace geo
#endif

// circle/circle.hpp: Circle<T>{c, r} (centre, radius >= 0); a point against a circle and the
// relation of two circles. All O(1).
// contains(C, p) -> Where: INSIDE 2, BOUNDARY 1, OUTSIDE 0.
// relation(A, B): 4 apart, 3 externally tangent, 2 crossing, 1 internally tangent, 0 one
//   strictly inside the other (concentric, different radii); -1 for equal circles (same
//   centre and radius). AOJ CGL_7_A codes: the number of common tangent lines when both
//   radii are positive (with a zero radius, see tangents.hpp's table).
// cmp_dist(d2, L): sign(sqrt(d2) - L), L >= 0, the comparison behind both (also used by the
//   other circle headers).
// Exact types: decided on squares in wide_t (long long: exact for |x|,|y|,r <= 1e9; d2 <=
//   8e18 in long long, L^2 in __int128). Zero radius is a point: contains gives BOUNDARY
//   only at c; relation of two points is -1 (equal) or 4.
// Floating: eps is a LENGTH. BOUNDARY iff | |p - c| - r | <= eps; relation compares the centre
//   distance d with r1 + r2 and |r1 - r2| within eps, and d <= eps counts as concentric (-1
//   if also |r1 - r2| <= eps, else 0), so no direction is ever taken from a zero vector.
//   d, r1 + r2, |r1 - r2| err by <= 6u M (M the largest |coordinate| or radius, u = 2^-53),
//   so the exact answer comes back outside the band eps/2..2eps while M <= eps / (24 u)
//   (3.7e5 for double at eps = 1e-9). relation(A, B) == relation(B, A) bit for bit.
// Debug builds assert the preconditions of every circle header (valid(C): r >= 0, |x|,|y|,r
//   <= 1e9 for long long, no NaN or infinity for floating T).
// Source: the tangent-count classification of AOJ CGL_7_A; cp-geo (vlecomte) 6.
#ifndef GEO_CIRCLE_CIRCLE_HPP
#define GEO_CIRCLE_CIRCLE_HPP

namespace geo {

template <class T> struct Circle {
  Point<T> c;
  T r;
};

// Debug-build precondition of every circle function: r >= 0; centre and r within 1e9 for
// 64-bit integers, finite for floating T.
template <class T> bool valid(const Circle<T>& C) {
  return in_range(C.c, 1000000000) && in_range(C.r, 1000000000) && !(C.r < 0);
}

template <class T> int cmp_dist(const T& d2, const T& L) {
  if constexpr (is_exact_v<T>) {
    const wide_t<T> x = wide_t<T>(d2) - wide_t<T>(L) * wide_t<T>(L);
    return (x > 0) - (x < 0);
  } else {
    return sgn(std::sqrt(d2) - L);
  }
}

template <class T> Where contains(const Circle<T>& C, const Point<T>& p) {
  assert(valid(C) && in_range(p, 1000000000));
  const int s = cmp_dist(dist2(p, C.c), C.r);
  return s < 0 ? INSIDE : s == 0 ? BOUNDARY : OUTSIDE;
}

template <class T> int relation(const Circle<T>& A, const Circle<T>& B) {
  assert(valid(A) && valid(B));
  const T d2 = dist2(A.c, B.c), lo = A.r < B.r ? B.r - A.r : A.r - B.r;
  if (cmp_dist(d2, T(0)) == 0) return sgn(lo) == 0 ? -1 : 0;  // concentric
  const int out = cmp_dist(d2, T(A.r + B.r)), in = cmp_dist(d2, lo);
  if (out != 0) return out > 0 ? 4 : in > 0 ? 2 : in == 0 ? 1 : 0;
  return 3;
}

}  // namespace geo
#endif

// circle/triangle.hpp: the circumcircle and the incircle of a triangle. O(1). Circle<real_t<T>>.
// circumcircle(a, b, c): centre a + N / D, N = (v.y |u|^2 - u.y |v|^2, u.x |v|^2 - v.x |u|^2),
//   D = 2 u x v (u = b - a, v = c - a); radius |u| |v| |b - c| / |D|.
//   Precondition: D != 0, i.e. not exactly collinear (asserted: pitfall 9). Nearly
//   collinear points give a huge, ill-conditioned circle (condition ~ 1 / sin(smallest angle)).
// incircle(a, b, c): centre (la a + lb b + lc c) / (la + lb + lc), la = |b - c| etc.; radius
//   |u x v| / (la + lb + lc) (twice the area over the perimeter). Collinear points give r = 0
//   and a centre on the segment; precondition: not all three equal (asserted).
// Precision (u = 2^-53). long long: N (degree 3) and D exact in __int128 for |x|,|y| <= 1e9,
//   each rounded once: circumcentre error <= 3u (|a| + r), radius relative error <= 6u.
//   incircle: lengths rounded once each, error <= 8u (|a| + longest side). Floating:
//   circumcircle error <= 16u (|a| + r) times (longest side)^2 / |D|, incircle as above.
// Source: Coxeter, "Introduction to Geometry", 1.5 and 1.4 (circumcentre, incentre).
#ifndef GEO_CIRCLE_TRIANGLE_HPP
#define GEO_CIRCLE_TRIANGLE_HPP

namespace geo {

template <class T>
Circle<real_t<T>> circumcircle(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  using R = real_t<T>;
  using W = wide_t<T>;
  assert(in_range(a, 1000000000) && in_range(b, 1000000000) && in_range(c, 1000000000));
  const Point<T> u = b - a, v = c - a;
  const W D = W(u.cross(v)) * 2, uu = W(u.norm2()), vv = W(v.norm2());
  assert(D != 0 && "circumcircle of collinear points");
  const W nx = W(v.y) * uu - W(u.y) * vv, ny = W(u.x) * vv - W(v.x) * uu;
  const R den = static_cast<R>(D);
  return {{static_cast<R>(a.x) + static_cast<R>(nx) / den, static_cast<R>(a.y) + static_cast<R>(ny) / den},
          u.norm() * v.norm() * (b - c).norm() / std::abs(den)};
}

template <class T>
Circle<real_t<T>> incircle(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  using R = real_t<T>;
  assert(in_range(a, 1000000000) && in_range(b, 1000000000) && in_range(c, 1000000000));
  const Point<T> u = b - a, v = c - a;
  const R la = (c - b).norm(), lb = v.norm(), lc = u.norm(), s = la + lb + lc;
  assert(s > 0 && "incircle of three equal points");
  return {{static_cast<R>(a.x) + (lb * static_cast<R>(u.x) + lc * static_cast<R>(v.x)) / s,
           static_cast<R>(a.y) + (lb * static_cast<R>(u.y) + lc * static_cast<R>(v.y)) / s},
          std::abs(static_cast<R>(u.cross(v))) / s};
}

}  // namespace geo
#endif
