// polygon_gen.hpp: RapidCheck generators of polygons (std::vector<geo::Point<long long>>)
// for geometry/polygon/* tests. All integral; convert with to_floating<T>(P, k) (exact,
// times 2^k). Simplicity is checked with the exact oracle (oracle::is_simple) where the
// construction does not guarantee it.
//   star_polygon(R, max_n)     points in [-R, R]^2 sorted by exact angle around a random
//                              centre (one point per direction), kept if simple.
//   two_opt_polygon(R, max_n)  random points in random order, crossings removed by 2-opt
//                              moves (reverse the chain between two crossing edges), kept
//                              if simple.
//   histogram_polygon(w, h)    orthogonal "skyline" over [0, w]: horizontal edges at many
//                              heights, collinear vertices, rays through vertices.
//   convex_polygon(R, max_n)   edge vectors sorted by exact angle, summed: convex, CCW;
//                              equal directions give collinear vertices.
//   simple_polygon(R)          any of the above (small R: dense grid; R = 1e9: maximum),
//                              sometimes reversed (clockwise), sometimes with collinear
//                              lattice points inserted into edges (with_collinear).
// Helpers: with_collinear(P, bits) inserts one lattice point inside each edge whose bit is
// set and whose gcd >= 2; rotate_start(P, k); reversed(P); fit(P, R) scales up to |.| <= R.
#pragma once
#include "generators.hpp"
#include "oracle_polygon.hpp"
#include <algorithm>
#include <numeric>
#include <random>
#include <vector>

namespace geotest {

using Poly = std::vector<Point<long long>>;

inline bool simple_exact(const Poly& P) { return oracle::is_simple(oracle::qpoly(P)); }

// Exact angle order of integer vectors (half-plane, then cross in __int128): independent of
// geometry/polar.hpp.
inline bool angle_less(const Point<long long>& a, const Point<long long>& b) {
  auto half = [](const Point<long long>& p) { return p.y < 0 || (p.y == 0 && p.x < 0); };
  if (half(a) != half(b)) return half(a) < half(b);
  __extension__ typedef __int128 W;
  return W(a.x) * b.y - W(a.y) * b.x > 0;
}

inline Poly reversed(Poly P) {
  std::reverse(P.begin(), P.end());
  return P;
}

inline Poly rotate_start(Poly P, std::size_t k) {
  if (!P.empty()) std::rotate(P.begin(), P.begin() + static_cast<long>(k % P.size()), P.end());
  return P;
}

inline Poly with_collinear(const Poly& P, unsigned long long bits) {
  Poly out;
  for (std::size_t i = 0, n = P.size(); i < n; i++) {
    out.push_back(P[i]);
    const Point<long long> d = P[(i + 1) % n] - P[i];
    const long long g = std::gcd(d.x, d.y);
    if (g >= 2 && ((bits >> (i % 64)) & 1)) {
      const long long k = 1 + static_cast<long long>((bits >> 7) % static_cast<unsigned long long>(g - 1));
      out.push_back(P[i] + Point<long long>(d.x / g * k, d.y / g * k));
    }
  }
  return out;
}

// Scale about the origin by the largest integer keeping |.| <= R.
inline Poly fit(Poly P, long long R) {
  long long m = 1;
  for (auto& p : P) m = std::max({m, std::abs(p.x), std::abs(p.y)});
  const long long s = std::max(1LL, R / m);
  for (auto& p : P) p = Point<long long>(p.x * s, p.y * s);
  return P;
}

template <class T> std::vector<Point<T>> to_floating(const Poly& P, int k = 0) {
  std::vector<Point<T>> r;
  for (auto& p : P) r.push_back(Point<T>(std::ldexp(static_cast<T>(p.x), k), std::ldexp(static_cast<T>(p.y), k)));
  return r;
}

inline rc::Gen<Poly> star_polygon(long long R, int max_n) {
  auto pts = rc::gen::container<Poly>(static_cast<std::size_t>(max_n), uniform_point<long long>(R));
  auto raw = rc::gen::apply(
      [](Poly v, Point<long long> c, int n) {
        v.resize(static_cast<std::size_t>(n));
        Poly u;
        for (auto& p : v)
          if (p != c) u.push_back(p - c);
        std::sort(u.begin(), u.end(), [](const Point<long long>& a, const Point<long long>& b) {
          if (angle_less(a, b) || angle_less(b, a)) return angle_less(a, b);
          return a.norm2() < b.norm2();
        });
        Poly out;
        for (auto& p : u)
          if (out.empty() || angle_less(out.back() - c, p) || angle_less(p, out.back() - c)) out.push_back(p + c);
        return out;
      },
      pts, uniform_point<long long>(R), rc::gen::cast<int>(uniform_int(3, max_n)));
  return rc::gen::suchThat(raw, simple_exact);
}

// Segments pq and rs cross properly (interiors, one point).
inline bool proper_cross(const Point<long long>& p, const Point<long long>& q,
                         const Point<long long>& r, const Point<long long>& s) {
  const auto o = [](const Point<long long>& a, const Point<long long>& b, const Point<long long>& c) {
    return oracle::orientation(oracle::qp(a), oracle::qp(b), oracle::qp(c));
  };
  return o(p, q, r) * o(p, q, s) < 0 && o(r, s, p) * o(r, s, q) < 0;
}

inline Poly untangle(Poly P) {
  const std::size_t n = P.size();
  for (int round = 0; round < 400; round++) {
    bool changed = false;
    for (std::size_t i = 0; i + 2 < n && !changed; i++)
      for (std::size_t j = i + 2; j < n && !changed; j++) {
        if (i == 0 && j == n - 1) continue;
        if (proper_cross(P[i], P[i + 1], P[j], P[(j + 1) % n])) {
          std::reverse(P.begin() + static_cast<long>(i + 1), P.begin() + static_cast<long>(j + 1));
          changed = true;
        }
      }
    if (!changed) break;
  }
  return P;
}

inline rc::Gen<Poly> two_opt_polygon(long long R, int max_n) {
  auto raw = rc::gen::apply(
      [](Poly v, int n) {
        v.resize(static_cast<std::size_t>(n));
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        // deterministic shuffle from the points themselves
        std::mt19937_64 rng(static_cast<unsigned long long>(v.empty() ? 0 : v[0].x * 31 + v.back().y));
        std::shuffle(v.begin(), v.end(), rng);
        return untangle(v);
      },
      rc::gen::container<Poly>(static_cast<std::size_t>(max_n), uniform_point<long long>(R)),
      rc::gen::cast<int>(uniform_int(3, max_n)));
  return rc::gen::suchThat(raw, simple_exact);
}

inline rc::Gen<Poly> histogram_polygon(int w, int h) {
  return rc::gen::map(rc::gen::container<std::vector<long long>>(static_cast<std::size_t>(w), uniform_int(1, h)),
                      [](std::vector<long long> hs) {
                        const long long W = static_cast<long long>(hs.size());
                        Poly out{{0, 0}, {W, 0}};
                        for (long long i = W - 1; i >= 0; i--) {
                          const Point<long long> a{i + 1, hs[static_cast<std::size_t>(i)]}, b{i, hs[static_cast<std::size_t>(i)]};
                          if (out.back() != a) out.push_back(a);
                          out.push_back(b);
                        }
                        if (out.back() == out.front()) out.pop_back();
                        return out;
                      });
}

inline rc::Gen<Poly> convex_polygon(long long R, int max_n) {
  return rc::gen::apply(
      [](Poly v, int n, Point<long long> start) {
        v.resize(static_cast<std::size_t>(n));
        Point<long long> sum{0, 0};
        Poly e;
        for (auto& p : v)
          if (p != Point<long long>{0, 0}) e.push_back(p), sum = sum + p;
        if (sum != Point<long long>{0, 0}) e.push_back(sum * -1);
        std::stable_sort(e.begin(), e.end(), angle_less);
        Poly out;
        Point<long long> cur = start;
        for (auto& d : e) out.push_back(cur), cur = cur + d;
        return out;  // |.| <= R/2 + n R / (2n + 2) <= R
      },
      rc::gen::container<Poly>(static_cast<std::size_t>(max_n), uniform_point<long long>(std::max(1LL, R / (2 * max_n + 2)))),
      rc::gen::cast<int>(uniform_int(2, max_n)), uniform_point<long long>(R / 2));
}

inline rc::Gen<Poly> simple_polygon(long long R) {
  auto base = rc::gen::weightedOneOf<Poly>({
      {3, star_polygon(R, 12)},
      {2, two_opt_polygon(R, 9)},
      {1, histogram_polygon(6, static_cast<int>(std::min(R, 6LL)))},
      {2, rc::gen::suchThat(convex_polygon(R, 8), [](const Poly& P) { return P.size() >= 3 && simple_exact(P); })},
  });
  return rc::gen::apply(
      [R](Poly P, bool rev, bool col, unsigned long long bits, std::size_t k) {
        if (R > 1000 && (bits & 2)) P = fit(P, R);  // grid shapes at the maximum
        if (col) P = with_collinear(P, bits);
        if (rev) P = reversed(P);
        return rotate_start(P, k);
      },
      base, rc::gen::arbitrary<bool>(), rc::gen::arbitrary<bool>(),
      rc::gen::cast<unsigned long long>(uniform_int(0, LLONG_MAX)),
      rc::gen::cast<std::size_t>(uniform_int(0, 63)));
}

}  // namespace geotest
