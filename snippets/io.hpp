// cpgeo io.hpp, hash ecafdd; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <cassert>
#include <utility>
#include <istream>
#include <ostream>
#include <sstream>
#include <string>

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

// io.hpp: stream input and output of points, for programs that read or print them.
// os << p: "x y". Floating: fixed with the stream's precision, at least 10 decimals unless
//   a float format was set (the stream's flags are left as they were); a value that
//   rounds to zero prints without a minus sign. Integral: as the stream prints them.
// write_real(os, v): the scalar printer << uses, for your own output.
// is >> p: reads "x y". All O(1) per point.
#ifndef GEO_IO_HPP
#define GEO_IO_HPP

namespace geo {

template <class T> void write_real(std::ostream& os, T v) {
  if constexpr (!std::is_floating_point<T>::value) {
    os << v;
  } else {
    std::ostringstream text;
    text.flags(os.flags());
    text.precision(os.precision());
    if (!(os.flags() & std::ios::floatfield)) {
      text.setf(std::ios::fixed, std::ios::floatfield);
      if (os.precision() < 10) text.precision(10);
    }
    text << v;
    std::string s = text.str();  // "-0.000" -> "0.000": rounds to zero, no sign
    if (s[0] == '-' && std::isfinite(v) && s.find_first_of("123456789") == std::string::npos)
      s.erase(0, 1);
    os << s;
  }
}

template <class T> std::ostream& operator<<(std::ostream& os, const Point<T>& p) {
  write_real(os, p.x);
  os << ' ';
  write_real(os, p.y);
  return os;
}

template <class T> std::istream& operator>>(std::istream& is, Point<T>& p) {
  return is >> p.x >> p.y;
}

}  // namespace geo
#endif
