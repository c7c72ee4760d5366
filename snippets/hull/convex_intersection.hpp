// cpgeo hull/convex_intersection.hpp, hash c9775c; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>
#include <cassert>
#include <istream>
#include <ostream>
#include <sstream>
#include <string>
#include <algorithm>
#include <utility>
#include <vector>

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

// point.hpp: Point<T>, a 2-D point or vector; one template for exact and floating use.
// T = long long: exact; dot, cross, norm2 and dist2 are overflow-free for |x|,|y| <= 1e9
//     (debug builds assert that bound where it matters). int is refused: it overflows.
// T = double / long double: results carry rounding error only; no eps is used here.
// == and < are exact and lexicographic (x, then y): use them for sort/set/map, not to
// ask "same point up to eps" (that is dist(a, b) <= eps). All operations O(1).
// rotate, unit, angle need floating T; norm and dist return real_t<T>.
// Printing: fixed with the stream's precision, at least 10 digits unless a float
// format was set; a value that rounds to zero prints without a minus sign.
// Source: KACTL Point.h for the one-template idea.

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

// line.hpp: Line<T>, the infinite line through a and b (directed a -> b), and its
// predicates. All O(1). Constructions: projection.hpp, line_intersection.hpp.
// Line{a, b}: precondition a != b (asserted). line_abc(A, B, C): the line A x + B y = C
//   (Line<frac_t<T>>: the foot of the perpendicular from the origin, and a second point).
// side(l, r): +1 r left of a -> b, -1 right, 0 on l.  on_line(r, l): side(l, r) == 0.
// parallel(l, m), orthogonal(l, m); intersect(l, m): the lines share a point.
// frac_t<T>: type of constructed coordinates: double for integral T (never a truncated
//   lattice point), T itself otherwise (exact for rationals such as mpq_rational).
// long long: exact for |x|,|y| <= 1e9 (products of differences <= 8e18).
// Floating: eps is a distance. side == 0 iff dist(r, l) <= eps; parallel (orthogonal) iff
//   the tip of the shorter direction d = b - a lies within eps of the longer one's line
//   (normal): |d1 x d2| (|d1 . d2|) <= eps max(|d1|, |d2|). Contract as orient's: the
//   exact answer outside the band eps/2..2eps while |coordinates| <= eps / (23 u). Points
//   are put in a canonical order first: reversing a line or swapping l and m changes
//   nothing (side flips sign), bit for bit, FMA or not. Needs |b - a| >= 1e-140 (double;
//   long double 1e-2400): products of shorter differences underflow.
// Source: cp-geo (vlecomte) ch. 2 for the formulas; the eps rules are cpgeo's (docs/eps.md).

namespace geo {

template <class T>
using frac_t = std::conditional_t<std::numeric_limits<T>::is_integer, double, T>;
template <class Q, class T> Point<Q> point_cast(const Point<T>& p) { return {Q(p.x), Q(p.y)}; }

// Sorts a, b lexicographically; returns -1 if it swapped them, else +1.
template <class T> int lex_order(Point<T>& a, Point<T>& b) {
  if (!(b < a)) return 1;
  std::swap(a, b);
  return -1;
}

template <class T> struct Line { Point<T> a, b; };

template <class T> Line<frac_t<T>> line_abc(const T& A, const T& B, const T& C) {
  using Q = frac_t<T>;
  using std::abs;
  assert((A != 0 || B != 0) && "line_abc: A = B = 0");
  const Q a = Q(A), b = Q(B), n = a * a + b * b;
  const Point<Q> p(a * Q(C) / n, b * Q(C) / n);  // the foot from the origin
  const Q k = (abs(p.x) + abs(p.y) + 1) / (abs(a) + abs(b));  // |direction| ~ |p| + 1
  return {p, p + Point<Q>(b * k, -a * k)};
}

// (b - a) x (r - o), o = the one of a, b nearer r (floating: keeps the digits of r - o).
template <class T> T cross_at(const Point<T>& a, const Point<T>& b, const Point<T>& r) {
  if constexpr (!is_exact_v<T>)
    if (dist2(r, b) < dist2(r, a)) return (b - a).cross(r - b);
  return (b - a).cross(r - a);
}

// Side of r against a -> b; floating: 0 if r is within tol of the line. a == b gives 0.
template <class T> int side_of(Point<T> a, Point<T> b, const Point<T>& r, const T& tol = eps<T>) {
  const int parity = lex_order(a, b);
  const T c = cross_at(a, b, r);
  if constexpr (!is_exact_v<T>)
    if (c * c <= tol * tol * (b - a).norm2()) return 0;
  return c > 0 ? parity : c < 0 ? -parity : 0;
}

template <class T> const Line<T>& checked(const Line<T>& l) {
  assert(l.a != l.b && "degenerate line");
  assert(in_range(l.a, 1000000000) && in_range(l.b, 1000000000));
  return l;
}
template <class T> Line<T> canonical(Line<T> l) {
  checked(l);
  lex_order(l.a, l.b);
  return l;
}

template <class T> int side(const Line<T>& l, const Point<T>& r) {
  return side_of(checked(l).a, l.b, r);
}
template <class T> bool on_line(const Point<T>& r, const Line<T>& l) { return side(l, r) == 0; }

// Both lines canonical, l before m: the fixed order behind the bitwise symmetry.
template <class T> void canonical(Line<T>& l, Line<T>& m) {
  l = canonical(l), m = canonical(m);
  if (m.a < l.a || (m.a == l.a && m.b < l.b)) std::swap(l, m);
}

// |x| <= eps max(|d|, |e|), x = d x e (parallel) or d . e (orthogonal).
template <class T> bool tip_within(const T& x, const Point<T>& d, const Point<T>& e) {
  if constexpr (is_exact_v<T>) return x == 0;
  else return x * x <= eps<T> * eps<T> * std::max(d.norm2(), e.norm2());
}
template <class T> bool parallel(Line<T> l, Line<T> m) {
  canonical(l, m);
  const Point<T> d = l.b - l.a, e = m.b - m.a;
  return tip_within(d.cross(e), d, e);
}
template <class T> bool orthogonal(Line<T> l, Line<T> m) {
  canonical(l, m);
  const Point<T> d = l.b - l.a, e = m.b - m.a;
  return tip_within(d.dot(e), d, e);
}
template <class T> bool intersect(Line<T> l, Line<T> m) {
  canonical(l, m);
  return !parallel(l, m) || side_of(l.a, l.b, m.a) == 0;
}

}  // namespace geo

// line_intersection.hpp: the intersection point of two lines. O(1).
// intersection(l, m): {1, x} one point x; {0, _} parallel and apart; {-1, _} the same line.
//   Floating: "parallel" is parallel(l, m) (line.hpp), then "the same line" iff m's first
//   canonical point is on l.
// cross_point(a, b, c, d): the point of line ab on line cd (precondition: not parallel),
//   built from the one of a, b nearer to it and the one of c, d nearer to that (pitfall 1).
// Point<frac_t<T>>: double for integral T, exact for rationals.
// long long (|x|,|y| <= 1e9): t = N / D with N, D exact products of differences, then
//   a + (b - a) t in double: error <= 5u (|x| + |a|), u = 2^-53. Directions (10000, 1) and
//   (9999, 1) give their far point to the last digit.
// Floating: error <= 24u R / sin(angle) + 2u |x|, R the larger, over l and m, of the
//   distance from x to the line's nearer defining point (1/sin is the problem's condition).
//   A first-order bound, valid for sin(angle) >= 64u. Lines that are not parallel() have
//   |shorter d| sin(angle) > eps/2, so the denominator is never ~0; but near the edge of
//   the coordinate range eps / (23 u) that allows sin ~ 4u, where the far point's relative
//   error can reach O(1): use long double or integers there. Swapping l and m or reversing
//   either changes nothing, bit for bit.
// Source: cp-geo (vlecomte) ch. 2 (intersection by cross products).

namespace geo {

// The point of line ab on line cd (not parallel), from the one of a, b nearer to it.
template <class T>
Point<frac_t<T>> cross_point(const Point<T>& a, const Point<T>& b, const Point<T>& c,
                             const Point<T>& d) {
  using Q = frac_t<T>;
  const Point<T> e = d - c;
  auto from = [&](const Point<T>& p, const Point<T>& q) {  // x = p + (q - p) t
    const Point<T>& o = dist2(p, d) < dist2(p, c) ? d : c;
    return point_cast<Q>(p) + point_cast<Q>(q - p) * (Q((o - p).cross(e)) / Q((q - p).cross(e)));
  };
  const Q t = Q((c - a).cross(e)) / Q((b - a).cross(e));
  return t * 2 > 1 ? from(b, a) : from(a, b);
}

template <class T> std::pair<int, Point<frac_t<T>>> intersection(Line<T> l, Line<T> m) {
  canonical(l, m);
  if (parallel(l, m)) return {side_of(l.a, l.b, m.a) == 0 ? -1 : 0, {}};
  return {1, cross_point(l.a, l.b, m.a, m.b)};
}

}  // namespace geo

// polar.hpp: exact ordering of vectors by argument (polar angle). No atan2, no eps.
// cross_sign(a, b): the exact sign of a.cross(b). Exact types: direct (long long needs
//   |x|,|y| <= 2e9). Floating: Kahan's FMA difference of products, whose relative error
//   is <= 2u (Jeannerod, Louvet, Muller 2013), so the sign is exact for every finite
//   input unless a product overflows or underflows (|x*y| outside ~1e-290..1e300).
//   A plain evaluation with an error bound answers first; FMA only when in doubt.
// arg_less(a, b): arg(a) < arg(b) with arguments in (-pi, pi] and the origin counted as
//   argument 0 (tied with (1, 0)). A strict weak ordering: half-plane class first, then
//   cross_sign inside an open half-plane. O(1). Sort around a centre o: compare a-o, b-o.
// sort_by_arg(points): std::sort by arg_less, O(n log n).

namespace geo {

template <class T> int cross_sign(const Point<T>& a, const Point<T>& b) {
  if constexpr (is_exact_v<T>) {
    return sgn(a.cross(b));
  } else {
    const T l = a.x * b.y, r = a.y * b.x, d = l - r;  // |d - exact| <= 2u(|l|+|r|+|d|)
    if (std::abs(d) > 4 * std::numeric_limits<T>::epsilon() * (std::abs(l) + std::abs(r)))
      return d > 0 ? 1 : -1;  // sign certain: skip the slower exact step
    const T rounding = std::fma(a.y, b.x, -r);  // a.y*b.x == r + rounding exactly
    const T e = std::fma(a.x, b.y, -r) - rounding;
    return (e > 0) - (e < 0);
  }
}

// 0: arg in (-pi, 0); 1: arg 0, origin included; 2: (0, pi); 3: arg pi.
template <class T> int arg_class(const Point<T>& p) {
  if (p.y < 0) return 0;
  if (p.y > 0) return 2;
  return p.x < 0 ? 3 : 1;
}

template <class T> bool arg_less(const Point<T>& a, const Point<T>& b) {
  const int ca = arg_class(a), cb = arg_class(b);
  if (ca != cb) return ca < cb;
  return (ca == 0 || ca == 2) && cross_sign(a, b) > 0;
}

template <class T> void sort_by_arg(std::vector<Point<T>>& points) {
  std::sort(points.begin(), points.end(),
            [](const Point<T>& a, const Point<T>& b) { return arg_less(a, b); });
}

}  // namespace geo

// halfplane.hpp: halfplane_intersection(H, box) -> the intersection of the closed half-planes
// left of (or on) each directed line a -> b in H, as a convex polygon: counter-clockwise,
// no repeated or collinear vertices, vertices Point<frac_t<T>> (double for long long).
// Sizes: 0 empty; 1 a point; 2 a segment (its two ends); >= 3 a polygon of positive area,
// so area(result) (polygon/area.hpp) is never negative for a zero-area result.
// box > 0 adds the square [-box, box]^2 (closing unbounded input). Without a box the lines'
// directions must leave no angular gap >= pi (else the intersection is unbounded or empty,
// and {} is returned). Parallel lines: same direction keeps the inner one; opposite
// directions give a strip, a line (a segment after clipping) or nothing.
// Time O(n log n): sort by direction (exact, polar.hpp), keep the innermost of each
// direction, then the deque sweep (Shamos-Hoey / Zhu's S&I scheme).
// Decisions are made for the half-planes pushed outward by an infinitesimal d (symbolic
// perturbation: every line moved by d along an axis to its outside), so the region always
// has interior when not empty, and the sweep has no degenerate case; vertices that coincide
// for d = 0 are merged exactly, leaving the point or segment. long long: every decision is
// exact for line points |x|,|y| <= 1e9 and box <= 1e9 (degree-4 signs in __int128 < 1.3e38);
// vertices come from cross_point (line_intersection.hpp). Floating: a vertex within eps
// (a distance) of a line counts as on it, ties then broken as above; range as line.hpp.
// Precondition: a != b for every line (asserted).
// Source: Zhu Zeyuan's S&I half-plane intersection (2006); symbolic perturbation as in
// Edelsbrunner and Muecke, "Simulation of Simplicity" (1990).

namespace geo {

template <class T> struct HalfPlane { Point<T> a, b, d, w; };  // d = b - a; w: outward axis

// Side of l3 at the crossing of l1, l2 (not parallel), the lines pushed out by d -> 0+.
template <class T> int hp_side(const HalfPlane<T>& l1, const HalfPlane<T>& l2,
                               const HalfPlane<T>& l3, bool perturbed = true) {
  using W = wide_t<T>;
  const T D = l1.d.cross(l2.d), x31 = l3.d.cross(l1.d);
  int s = 0;
  if constexpr (is_exact_v<T>) {
    const W f0 = W(l3.d.cross(l1.a - l3.a)) * W(D) + W(x31) * W((l2.a - l1.a).cross(l2.d));
    s = (f0 > 0) - (f0 < 0);
  } else {
    s = side_of(l3.a, l3.b, cross_point(l1.a, l1.b, l2.a, l2.b)) * (D > 0 ? 1 : -1);
  }
  if (s == 0 && perturbed) {
    const W f1 = W(l3.d.cross(l1.w - l3.w)) * W(D) + W(x31) * W((l2.w - l1.w).cross(l2.d));
    s = (f1 > 0) - (f1 < 0);
  }
  return D > 0 ? s : -s;
}

template <class T>
std::vector<Point<frac_t<T>>> halfplane_intersection(const std::vector<Line<T>>& H, T box = T(0)) {
  using HP = HalfPlane<T>;
  std::vector<HP> L;
  auto add = [&L](const Point<T>& a, const Point<T>& b) {
    checked(Line<T>{a, b});
    const Point<T> d = b - a;
    const T o(0), i(1);
    L.push_back({a, b, d, d.x > 0 ? Point<T>(o, -i) : d.x < 0 ? Point<T>(o, i)
                                  : d.y > 0 ? Point<T>(i, o) : Point<T>(-i, o)});
  };
  for (const Line<T>& l : H) add(l.a, l.b);
  if (box > 0) {
    const Point<T> c[4] = {{-box, -box}, {box, -box}, {box, box}, {-box, box}};
    for (int k = 0; k < 4; k++) add(c[k], c[(k + 1) % 4]);
  }
  std::sort(L.begin(), L.end(), [](const HP& p, const HP& q) {
    if (arg_less(p.d, q.d)) return true;
    if (arg_less(q.d, p.d)) return false;
    return p.d.cross(q.a - p.a) < 0;  // same direction: the inner one first
  });
  L.erase(std::unique(L.begin(), L.end(), [](const HP& p, const HP& q) {
    return !arg_less(p.d, q.d) && !arg_less(q.d, p.d); }), L.end());
  const size_t m = L.size();
  for (size_t i = 0; i < m; i++) {  // a gap >= pi between directions: unbounded (or empty)
    const Point<T>& u = L[i].d; const Point<T>& v = L[(i + 1) % m].d;
    if (cross_sign(u, v) <= 0) return {};
  }
  std::vector<HP> q(m);
  size_t f = 0, e = 0;  // the deque is q[f, e)
  for (const HP& l : L) {
    while (e - f >= 2 && hp_side(q[e - 2], q[e - 1], l) <= 0) e--;
    while (e - f >= 2 && hp_side(q[f], q[f + 1], l) <= 0) f++;
    if (e - f >= 1 && cross_sign(q[e - 1].d, l.d) <= 0) return {};  // turn >= pi: empty
    q[e++] = l;
  }
  while (e - f >= 3 && hp_side(q[e - 2], q[e - 1], q[f]) <= 0) e--;
  while (e - f >= 3 && hp_side(q[f], q[f + 1], q[e - 1]) <= 0) f++;
  if (e - f < 3 || cross_sign(q[e - 1].d, q[f].d) <= 0) return {};
  const size_t k = e - f;
  std::vector<Point<frac_t<T>>> out;
  auto at = [&](size_t i) -> const HP& { return q[f + i % k]; };
  for (size_t i = 0; i < k; i++)  // vertex i = at(i) x at(i+1); skip it if equal to vertex i-1
    if (hp_side(at(i + k - 1), at(i), at(i + 1), false) != 0)
      out.push_back(cross_point(at(i).a, at(i).b, at(i + 1).a, at(i + 1).b));
  if (out.empty()) out.push_back(cross_point(at(0).a, at(0).b, at(1).a, at(1).b));
  return out;
}

}  // namespace geo

// hull/convex_intersection.hpp: intersection of two convex polygons.
// convex_intersection(a, b) -> the common part as a strict convex polygon of
//   Point<frac_t<T>> (double for integral T), counter-clockwise from its lowest point
//   (smallest y, then x: convex_hull's order): {} if disjoint, one point if they touch at
//   a point, two (the ends) if they share only a segment.
// a, b: counter-clockwise, convex, no repeated points, collinear vertices allowed, positive
//   area if n >= 3 (convex_hull output); a segment (2 points) or a point (1) works too.
// Time O((n + m) log(n + m)): the half-plane intersection of every edge's left side (a
//   segment: both sides of its line plus one axis-parallel cap at each end; a point: four
//   caps).
// Precision: as halfplane.hpp. Integral input: every decision exact for |x|,|y| <= 1e9,
//   touching and shared boundaries found exactly; vertices are crossings of two edge lines
//   (cross_point, one rounding of the exact quotient's parts). Floating: a vertex within
//   eps (a distance) of an edge's line counts as on it.
// Source: a convex polygon is the intersection of its edges' half-planes (textbook fact);
//   the segment and point caps are this library's.

namespace geo {

// Half-planes whose intersection is the convex polygon, segment or point p.
template <class T> void convex_halfplanes(const std::vector<Point<T>>& p, std::vector<Line<T>>& H) {
  const std::size_t n = p.size();
  if (n >= 3) {
    for (std::size_t i = 0; i < n; i++) H.push_back({p[i], p[(i + 1) % n]});
    return;
  }
  auto cap = [&H](const Point<T>& u, const Point<T>& dir) {  // the line through u along dir
    const bool toward_origin = dir.dot(u) <= T(0);  // so integral points stay in range
    H.push_back(toward_origin ? Line<T>{u, u + dir} : Line<T>{u - dir, u});
  };
  const T o(0), i(1);
  const Point<T> up(o, i), left(-i, o);  // a line along up keeps x <= its x; along left, y <= its y
  if (n == 2) {
    H.push_back({p[0], p[1]});
    H.push_back({p[1], p[0]});
    using std::abs;
    const Point<T> d = p[1] - p[0];
    const Point<T> c = abs(d.x) >= abs(d.y) ? (d.x > o ? -up : up) : (d.y > o ? -left : left);
    cap(p[0], c);   // keeps the side of p[0] towards p[1]
    cap(p[1], -c);  // keeps the side of p[1] towards p[0]
  } else if (n == 1) {
    for (const Point<T>& dir : {up, left, -up, -left}) cap(p[0], dir);
  }
}

template <class T>
std::vector<Point<frac_t<T>>> convex_intersection(const std::vector<Point<T>>& a, const std::vector<Point<T>>& b) {
  if (a.empty() || b.empty()) return {};
  std::vector<Line<T>> H;
  convex_halfplanes(a, H);
  convex_halfplanes(b, H);
  std::vector<Point<frac_t<T>>> r = halfplane_intersection(H);
  auto lowest = std::min_element(r.begin(), r.end(), [](const Point<frac_t<T>>& s, const Point<frac_t<T>>& t) {
    return s.y < t.y || (s.y == t.y && s.x < t.x);
  });
  std::rotate(r.begin(), lowest, r.end());
  return r;
}

}  // namespace geo
