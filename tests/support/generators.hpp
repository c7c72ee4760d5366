// generators.hpp: RapidCheck generators for cpgeo tests, shared by every topic.
//
// Conventions
//   * T is the coordinate type: long long (exact) or double / long double (floating).
//   * Every generator draws uniformly at EVERY RapidCheck size (unlike rc::gen::inRange,
//     whose range grows with the size): geometry bugs hide at the extremes, and size 0
//     must already reach them. Container lengths are chosen explicitly for the same reason.
//   * Integers shrink towards 0 (or the range end nearest 0); floating values are built
//     from integers so they shrink towards 0 and to short hex literals as well.
//   * Everything that holds points prints as pasteable C++ (show.hpp).
//
// Scalars
//   uniform_int(lo, hi)             long long uniform on [lo, hi], inclusive
//   uniform_real<T>(R)              floating in [-R, R] on a grid of step R / 2^(digits)
//   uniform_unit<T>()               floating in [0, 1] (same grid)
//   log_uniform<T>(lo, hi)          |v| log-uniform in [lo, hi], random sign
//   coord<T>(R)                     uniform_int or uniform_real by T
//   nudge(v, k)                     v moved k ULPs (std::nextafter k times; k < 0: down)
//   moderate_real<T>(emin, emax)    0, -0.0, small integers, or +-(1+m) 2^e, e in
//                                   [emin, emax]: any magnitude whose products stay normal
//   val(g)                          wraps a Gen<T> of floating scalars into Gen<Val<T>>,
//                                   so a scalar drawn in a property prints exactly
// Points
//   uniform_point<T>(R)             both coordinates uniform in [-R, R]
//   grid_point<T>(n, lo)            coordinates in {lo, ..., lo+n-1}: duplicates and
//                                   collinear triples are common for n = 5..10
//   grid_side()                     n in [5, 10]
//   ulp_lattice_point<T>(R, k, s)   lattice point (multiple of s, |.| <= R) moved by up to
//                                   k ULPs per coordinate (floating only)
//   bound_point<T>(B)               coordinates exactly -B or B (mostly), or 0, or uniform:
//                                   "at the documented maximum"
//   special_point<T>(R)             the origin, points on the axes and diagonals, signed
//                                   zeros (-0.0) in floating
//   tiny_point<T>(), huge_point<T>() uniform at scale 1e-6 (floating) / 1e6 floating,
//                                   1e9 integral
//   mixed_point<T>(R)               weighted mix of all of the above, scaled to R
//   bound_mix<T>(B)                 bound_point, uniform_point and special_point at B:
//                                   "anywhere in the documented range, edges often"
//   moderate_point<T>(emin, emax)   both coordinates moderate_real<T>(emin, emax)
// Triples (struct Triple<T>{a, b, c}; c is the "query" point where that matters)
//   triple_of(g)                    three independent draws of g
//   near_collinear_triple<T>(R, eps) c = a + t (b-a) + h n, n the unit normal of b-a,
//                                   |h| in eps/8..8eps (log-uniform) or exactly eps/2, 2eps,
//                                   0; t in {0, 1/2, 1} or uniform in [-1, 2]; |coords| <= R
//   endpoint_query_triple<T>(R, eps) c = (a or b) + s d + h n, d the unit direction, s and
//                                   h each 0 or +-eps * (1/8..8): a query near an endpoint
//   bound_near_collinear_triple<T>(B, eps)  a, b on the boundary of the box [-B, B]^2
//                                   (corners included), c near segment ab (t in [0, 1]):
//                                   near-degenerate at the documented maximum
//   lattice_collinear_triple<T>(R)  a, a + i d, a + j d on an integer lattice, exactly
//                                   collinear; sometimes c moved by one unit (integral) or a
//                                   few ULPs per coordinate (floating)
//   grid_triple<T>(n)               three points of an n x n grid
// Vectors
//   sized_vector(g, max_n)          n = 0, 1, 2 with weight 1 each, else 3..max_n (weight 7)
//   grid_points<T>()                sized_vector of grid_point on a random 5..10 grid
#pragma once
#include "geometry/point.hpp"
#include "show.hpp"
#include <rapidcheck.h>
#include <climits>
#include <cmath>
#include <cstdint>
#include <limits>
#include <sstream>
#include <type_traits>
#include <vector>

namespace geotest {

using geo::Point;

template <class T> struct Triple {
  Point<T> a, b, c;
};
template <class T> void showValue(const Triple<T>& t, std::ostream& os) {
  // Pasteable as a declaration:  geo::Point<double> a{...}, b{...}, c{...};
  auto body = [](const Point<T>& p) {
    return "{" + lit(p.x) + ", " + lit(p.y) + "}";
  };
  os << "geo::Point<" << type_name<T>() << "> a" << body(t.a) << ", b" << body(t.b) << ", c"
     << body(t.c) << ";";
  if constexpr (std::is_floating_point<T>::value)
    os << " /* a=(" << dec(t.a.x) << ", " << dec(t.a.y) << ") b=(" << dec(t.b.x) << ", "
       << dec(t.b.y) << ") c=(" << dec(t.c.x) << ", " << dec(t.c.y) << ") */";
}

// ------------------------------------------------------------------ scalars

inline rc::Gen<long long> uniform_int(long long lo, long long hi) {
  return rc::Gen<long long>([=](const rc::Random& random, int /*size*/) {
    const unsigned long long span =
        static_cast<unsigned long long>(hi) - static_cast<unsigned long long>(lo);
    const unsigned long long r = rc::Random(random).next();
    const unsigned long long off = span == ULLONG_MAX ? r : r % (span + 1);
    const long long v = static_cast<long long>(static_cast<unsigned long long>(lo) + off);
    const long long target = lo > 0 ? lo : (hi < 0 ? hi : 0);
    return rc::shrinkable::shrinkRecur(
        v, [=](long long x) { return rc::shrink::towards<long long>(x, target); });
  });
}

// Bits of the integer grid behind uniform_real: at most digits, at most 62.
template <class T> constexpr int grid_bits() {
  return std::numeric_limits<T>::digits < 62 ? std::numeric_limits<T>::digits : 62;
}

template <class T> rc::Gen<T> uniform_real(T R) {
  static_assert(std::is_floating_point<T>::value, "uniform_real needs floating T");
  const long long n = 1LL << grid_bits<T>();
  return rc::gen::map(uniform_int(-n, n), [=](long long k) {
    const T f = std::ldexp(static_cast<T>(k), -grid_bits<T>());  // exact, in [-1, 1]
    return R * f;  // |R * f| <= R: rounding is monotone
  });
}

template <class T> rc::Gen<T> uniform_unit() {
  const long long n = 1LL << grid_bits<T>();
  return rc::gen::map(uniform_int(0, n),
                      [](long long k) { return std::ldexp(static_cast<T>(k), -grid_bits<T>()); });
}

template <class T> rc::Gen<T> log_uniform(T lo, T hi) {
  return rc::gen::apply(
      [=](T f, bool neg) {
        T v = std::exp(std::log(lo) + (std::log(hi) - std::log(lo)) * f);
        v = std::fmin(std::fmax(v, lo), hi);
        return neg ? -v : v;
      },
      uniform_unit<T>(), rc::gen::arbitrary<bool>());
}

template <class T> rc::Gen<T> coord(T R) {
  if constexpr (std::is_integral<T>::value)
    return rc::gen::cast<T>(uniform_int(-static_cast<long long>(R), static_cast<long long>(R)));
  else
    return uniform_real<T>(R);
}

template <class T> T nudge(T v, int k) {
  const T to = k > 0 ? std::numeric_limits<T>::infinity() : -std::numeric_limits<T>::infinity();
  for (int i = 0; i < (k > 0 ? k : -k); i++) v = std::nextafter(v, to);
  return v;
}

template <class T> rc::Gen<Val<T>> val(rc::Gen<T> g) {
  return rc::gen::map(std::move(g), [](T v) { return Val<T>{v}; });
}

// Floating values whose products neither overflow nor underflow: 0, -0.0, small integers,
// and +-m 2^e with a random full-precision mantissa m in [1, 2) and e in [emin, emax]
// (default [-480, 495]: every product of two of them lies in [2^-960, 2^992]).
template <class T> rc::Gen<T> moderate_real(int emin = -480, int emax = 495) {
  static_assert(std::is_floating_point<T>::value, "floating only");
  return rc::gen::weightedOneOf<T>({
      {1, rc::gen::element(T(0), -T(0))},
      {2, rc::gen::map(uniform_int(-8, 8), [](long long v) { return static_cast<T>(v); })},
      {6, rc::gen::apply(
              [](T m, long long e, bool neg) {
                const T v = std::ldexp(1 + m, static_cast<int>(e));  // 1 + m in [1, 2]
                return neg ? -v : v;
              },
              uniform_unit<T>(), uniform_int(emin, emax), rc::gen::arbitrary<bool>())},
  });
}

// ------------------------------------------------------------------ points

template <class T> rc::Gen<Point<T>> point_of(rc::Gen<T> gx, rc::Gen<T> gy) {
  return rc::gen::apply([](T x, T y) { return Point<T>(x, y); }, std::move(gx), std::move(gy));
}

template <class T> rc::Gen<Point<T>> uniform_point(T R) { return point_of(coord<T>(R), coord<T>(R)); }

inline rc::Gen<int> grid_side() { return rc::gen::cast<int>(uniform_int(5, 10)); }

template <class T> rc::Gen<Point<T>> grid_point(int n, long long lo = 0) {
  auto g = rc::gen::map(uniform_int(lo, lo + n - 1), [](long long v) { return static_cast<T>(v); });
  return point_of<T>(g, g);
}

template <class T> rc::Gen<Point<T>> ulp_lattice_point(T R, int max_ulps, T step = 1) {
  static_assert(std::is_floating_point<T>::value, "ULP perturbation needs floating T");
  const long long m = static_cast<long long>(std::floor(R / step));
  auto c = rc::gen::apply(
      [=](long long i, long long k) {
        return nudge(static_cast<T>(i) * step, static_cast<int>(k));
      },
      uniform_int(-m, m), uniform_int(-max_ulps, max_ulps));
  return point_of<T>(c, c);
}

template <class T> rc::Gen<Point<T>> bound_point(T B) {
  const rc::Gen<T> c = rc::gen::weightedOneOf<T>({
      {3, rc::gen::just(T(B))},
      {3, rc::gen::just(T(-B))},
      {1, rc::gen::just(T(0))},
      {3, coord<T>(B)},
  });
  return point_of<T>(c, c);
}

template <class T> rc::Gen<Point<T>> special_point(T R) {
  // r > 0 of the scale R (integral: 1..R)
  rc::Gen<T> r = [&] {
    if constexpr (std::is_integral<T>::value)
      return rc::gen::cast<T>(uniform_int(1, static_cast<long long>(R)));
    else
      return rc::gen::map(uniform_real<T>(R), [R](T v) { return v == 0 ? R : std::fabs(v); });
  }();
  std::vector<std::pair<std::size_t, rc::Gen<Point<T>>>> choices;
  auto add = [&](std::size_t w, T sx, T sy) {  // direction (sx, sy) in {-1,0,1}^2, times r
    choices.push_back({w, rc::gen::map(r, [sx, sy](T v) { return Point<T>(sx * v, sy * v); })});
  };
  choices.push_back({3, rc::gen::just(Point<T>(0, 0))});
  for (int sx = -1; sx <= 1; sx++)
    for (int sy = -1; sy <= 1; sy++)
      if (sx != 0 || sy != 0) add(1, T(sx), T(sy));
  if constexpr (std::is_floating_point<T>::value) {
    const T nz = -T(0);
    choices.push_back({1, rc::gen::just(Point<T>(nz, T(0)))});
    choices.push_back({1, rc::gen::just(Point<T>(T(0), nz))});
    choices.push_back({1, rc::gen::just(Point<T>(nz, nz))});
    choices.push_back({1, rc::gen::map(r, [nz](T v) { return Point<T>(-v, nz); })});  // -x axis, y = -0
    choices.push_back({1, rc::gen::map(r, [nz](T v) { return Point<T>(v, nz); })});
    choices.push_back({1, rc::gen::map(r, [nz](T v) { return Point<T>(nz, -v); })});
  }
  // weightedOneOf takes an initializer_list: pick the index, then the generator.
  std::size_t total = 0;
  for (auto& c : choices) total += c.first;
  return rc::gen::mapcat(uniform_int(0, static_cast<long long>(total) - 1),
                         [choices](long long pick) {
                           for (auto& c : choices) {
                             if (pick < static_cast<long long>(c.first)) return c.second;
                             pick -= static_cast<long long>(c.first);
                           }
                           return choices.back().second;
                         });
}

template <class T> rc::Gen<Point<T>> tiny_point() {
  if constexpr (std::is_integral<T>::value) return uniform_point<T>(1);
  else return uniform_point<T>(T(1e-6));
}
template <class T> rc::Gen<Point<T>> huge_point() {
  if constexpr (std::is_integral<T>::value) return uniform_point<T>(1000000000);
  else return uniform_point<T>(T(1e6));
}

// A weighted mix of every point generator above, all within |coordinate| <= R.
template <class T> rc::Gen<Point<T>> mixed_point(T R) {
  if constexpr (std::is_integral<T>::value) {
    return rc::gen::weightedOneOf<Point<T>>({
        {4, uniform_point<T>(R)},
        {3, grid_point<T>(7, -3)},
        {2, special_point<T>(R)},
        {2, bound_point<T>(R)},
        {1, uniform_point<T>(R < 1000 ? R : T(1000))},
    });
  } else {
    return rc::gen::weightedOneOf<Point<T>>({
        {4, uniform_point<T>(R)},
        {3, grid_point<T>(7, -3)},
        {2, special_point<T>(R)},
        {2, bound_point<T>(R)},
        {2, ulp_lattice_point<T>(R < 64 ? R : T(64), 3)},
        {1, uniform_point<T>(R * T(1e-6))},
    });
  }
}

template <class T> rc::Gen<Point<T>> bound_mix(T B) {
  return rc::gen::weightedOneOf<Point<T>>({
      {3, bound_point<T>(B)},
      {2, uniform_point<T>(B)},
      {1, special_point<T>(B)},
  });
}

template <class T> rc::Gen<Point<T>> moderate_point(int emin, int emax) {
  return point_of<T>(moderate_real<T>(emin, emax), moderate_real<T>(emin, emax));
}

// ------------------------------------------------------------------ triples

template <class T> rc::Gen<Triple<T>> triple_of(rc::Gen<Point<T>> g) {
  return rc::gen::apply([](Point<T> a, Point<T> b, Point<T> c) { return Triple<T>{a, b, c}; },
                        g, g, g);
}

template <class T> rc::Gen<Triple<T>> grid_triple(int n, long long lo = 0) {
  return triple_of(grid_point<T>(n, lo));
}

// |h| / eps: mostly log-uniform in [1/8, 8]; sometimes exactly 1/2, 2 or 0.
template <class T> rc::Gen<T> eps_factor() {
  return rc::gen::weightedOneOf<T>({
      {8, log_uniform<T>(T(0.125), T(8))},
      {1, rc::gen::element(T(0.5), T(-0.5), T(2), T(-2))},
      {1, rc::gen::just<T>(T(0))},
  });
}

// The unit normal (perp / norm) and unit direction of d, in floating arithmetic.
template <class T> Point<T> unit_dir(const Point<T>& d) {
  const T n = std::sqrt(d.x * d.x + d.y * d.y);
  return Point<T>(d.x / n, d.y / n);
}

template <class T> rc::Gen<Triple<T>> near_collinear_triple(T R, T eps) {
  static_assert(std::is_floating_point<T>::value, "floating only");
  // a, b within R/3 so that t in [-1, 2] keeps c within R.
  return rc::gen::apply(
      [=](Point<T> a, Point<T> b, T t, T f) {
        if (a == b) b.x = b.x == 0 ? R / 3 : T(0);
        const Point<T> d = b - a;
        const Point<T> u = unit_dir(d);
        const Point<T> n(-u.y, u.x);
        const T h = f * eps;
        Point<T> c(a.x + d.x * t + n.x * h, a.y + d.y * t + n.y * h);
        c.x = std::fmin(std::fmax(c.x, -R), R);
        c.y = std::fmin(std::fmax(c.y, -R), R);
        return Triple<T>{a, b, c};
      },
      uniform_point<T>(R / 3), uniform_point<T>(R / 3),
      rc::gen::weightedOneOf<T>({
          {1, rc::gen::element(T(0), T(1), T(0.5))},
          {3, rc::gen::map(uniform_unit<T>(), [](T v) { return 3 * v - 1; })},
      }),
      eps_factor<T>());
}

template <class T> rc::Gen<Triple<T>> endpoint_query_triple(T R, T eps) {
  static_assert(std::is_floating_point<T>::value, "floating only");
  return rc::gen::apply(
      [=](Point<T> a, Point<T> b, bool at_b, T fs, T fh) {
        if (a == b) b.x = b.x == 0 ? R / 2 : T(0);
        const Point<T> u = unit_dir(b - a);
        const Point<T> n(-u.y, u.x);
        const Point<T> e = at_b ? b : a;
        const T s = fs * eps, h = fh * eps;
        return Triple<T>{a, b, Point<T>(e.x + u.x * s + n.x * h, e.y + u.y * s + n.y * h)};
      },
      uniform_point<T>(R / 2), uniform_point<T>(R / 2), rc::gen::arbitrary<bool>(),
      eps_factor<T>(), eps_factor<T>());
}

template <class T> rc::Gen<Triple<T>> bound_near_collinear_triple(T B, T eps) {
  static_assert(std::is_floating_point<T>::value, "floating only");
  // A point on the boundary of [-B, B]^2: side k in 0..3, position along it.
  auto edge = rc::gen::apply(
      [B](long long side, T w) {
        switch (side) {
          case 0: return Point<T>(-B, w);
          case 1: return Point<T>(B, w);
          case 2: return Point<T>(w, -B);
          default: return Point<T>(w, B);
        }
      },
      uniform_int(0, 3),
      rc::gen::weightedOneOf<T>({{2, rc::gen::element(T(-B), T(B))}, {3, uniform_real<T>(B)}}));
  return rc::gen::apply(
      [=](Point<T> a, Point<T> b, T t, T f) {
        if (a == b) b = Point<T>(-a.x, -a.y);  // a is on the boundary, so a != -a
        const Point<T> d = b - a;
        const Point<T> u = unit_dir(d);
        const T h = f * eps;
        Point<T> c(a.x + d.x * t - u.y * h, a.y + d.y * t + u.x * h);
        c.x = std::fmin(std::fmax(c.x, -B), B);
        c.y = std::fmin(std::fmax(c.y, -B), B);
        return Triple<T>{a, b, c};
      },
      edge, edge, uniform_unit<T>(), eps_factor<T>());
}

template <class T> rc::Gen<Triple<T>> lattice_collinear_triple(T R) {
  using L = long long;
  const L r = static_cast<L>(R);
  return rc::gen::apply(
      [=](L ax, L ay, L dx, L dy, L i, L j, bool move, L mx, L my) {
        if (dx == 0 && dy == 0) dx = 1;
        // scale the direction down until a + i d and a + j d stay within R
        auto fits = [&](L k) {
          const long double x = (long double)ax + (long double)k * dx;
          const long double y = (long double)ay + (long double)k * dy;
          return std::fabs(x) <= r && std::fabs(y) <= r;
        };
        while (!(fits(i) && fits(j)) && (dx != 0 || dy != 0)) dx /= 2, dy /= 2;
        if (dx == 0 && dy == 0) i = j = 0;
        const Point<T> a{T(ax), T(ay)};
        Point<T> b{T(ax + i * dx), T(ay + i * dy)}, c{T(ax + j * dx), T(ay + j * dy)};
        if (move) {
          if constexpr (std::is_integral<T>::value) {
            c.x = std::max<T>(-R, std::min<T>(R, c.x + T(mx)));
            c.y = std::max<T>(-R, std::min<T>(R, c.y + T(my)));
          } else {
            c.x = nudge(c.x, static_cast<int>(mx)), c.y = nudge(c.y, static_cast<int>(my));
            b.x = nudge(b.x, static_cast<int>(my));
          }
        }
        return Triple<T>{a, b, c};
      },
      uniform_int(-r, r), uniform_int(-r, r),
      rc::gen::weightedOneOf<L>({{1, uniform_int(-5, 5)}, {1, uniform_int(-r, r)}}),
      rc::gen::weightedOneOf<L>({{1, uniform_int(-5, 5)}, {1, uniform_int(-r, r)}}),
      uniform_int(-3, 3), uniform_int(-3, 3), rc::gen::arbitrary<bool>(),
      uniform_int(std::is_integral<T>::value ? -1 : -4, std::is_integral<T>::value ? 1 : 4),
      uniform_int(std::is_integral<T>::value ? -1 : -4, std::is_integral<T>::value ? 1 : 4));
}

// ------------------------------------------------------------------ vectors

template <class P> rc::Gen<std::vector<P>> sized_vector(rc::Gen<P> g, int max_n) {
  auto n = rc::gen::weightedOneOf<long long>({
      {1, rc::gen::just<long long>(0)},
      {1, rc::gen::just<long long>(1)},
      {1, rc::gen::just<long long>(2)},
      {7, uniform_int(3, max_n)},
  });
  return rc::gen::mapcat(n, [g](long long k) {
    return rc::gen::container<std::vector<P>>(static_cast<std::size_t>(k), g);
  });
}

template <class T> rc::Gen<std::vector<Point<T>>> grid_points(int max_n = 40) {
  return rc::gen::mapcat(grid_side(), [max_n](int n) {
    return sized_vector(grid_point<T>(n, -(n / 2)), max_n);
  });
}

}  // namespace geotest
