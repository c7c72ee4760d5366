// hull_gen.hpp: RapidCheck generators of point sets for the hull tests (tests only).
//   grid_cloud<T>(max_n)      n <= max_n points of a k x k grid, k in 2..12: dense
//                             collinear runs and duplicates (k = 2: at most 4 values)
//   convex_cloud<T>(max_n)    vertices of a strictly convex lattice polygon (primitive edge
//                             vectors sorted by angle, summed), shuffled: all on the hull
//   convex_plus<T>(max_n)     convex_cloud (doubled) plus duplicated vertices, midpoints
//                             of edges (collinear boundary points), midpoints of diagonals
//   collinear_cloud<T>(max_n) a + i d for small d and i in [-30, 30], with repeats
//   bound_cloud<T>()          coordinates at +-B and 0 (B = 1e9 integral, 1e5 floating) and
//                             uniform in [-B, B]: the documented maximum
//   any_cloud<T>(max_n)       a weighted mix of all of the above, translated by up to B/2
#pragma once
#include "generators.hpp"
#include <algorithm>
#include <numeric>
#include <vector>

namespace hullgen {

using geo::Point;
using geotest::uniform_int;

template <class T> constexpr long long bound() { return std::is_integral<T>::value ? 1000000000LL : 100000LL; }

template <class T> rc::Gen<std::vector<Point<T>>> grid_cloud(int max_n) {
  return rc::gen::mapcat(uniform_int(2, 12), [max_n](long long k) {
    return geotest::sized_vector(geotest::grid_point<T>(static_cast<int>(k), -(k / 2)), max_n);
  });
}

// Strictly convex lattice polygon with m vertices built from primitive vectors |.| <= K.
template <class T> std::vector<Point<T>> convex_polygon(int m, long long K, unsigned seed) {
  std::vector<Point<long long>> dirs;
  for (long long a = -K; a <= K; a++)
    for (long long b = -K; b <= K; b++)
      if ((a != 0 || b != 0) && std::gcd(a, b) == 1) dirs.push_back({a, b});
  std::sort(dirs.begin(), dirs.end(), [](auto& p, auto& q) {  // by angle, exact
    auto half = [](auto& v) { return v.y < 0 || (v.y == 0 && v.x < 0); };
    if (half(p) != half(q)) return half(p) < half(q);
    return p.x * q.y - p.y * q.x > 0;
  });
  std::vector<Point<long long>> pick;  // a centrally symmetric subset closes the polygon
  const std::size_t h = dirs.size() / 2;
  unsigned s = seed;
  for (std::size_t i = 0; i < h && static_cast<int>(pick.size()) < m / 2; i++) {
    s = s * 1103515245u + 12345u;
    if ((s >> 16) % 3 != 0) pick.push_back(dirs[i]);
  }
  if (pick.size() < 2) pick = {dirs[0], dirs[h / 2]};
  std::vector<Point<long long>> edges = pick;
  for (auto& d : pick) edges.push_back({-d.x, -d.y});
  std::sort(edges.begin(), edges.end(), [](auto& p, auto& q) {
    auto half = [](auto& v) { return v.y < 0 || (v.y == 0 && v.x < 0); };
    if (half(p) != half(q)) return half(p) < half(q);
    return p.x * q.y - p.y * q.x > 0;
  });
  std::vector<Point<T>> out;
  long long x = 0, y = 0;
  for (auto& e : edges) out.push_back({T(x), T(y)}), x += e.x, y += e.y;
  return out;
}

template <class T> rc::Gen<std::vector<Point<T>>> convex_cloud(int max_n) {
  return rc::gen::apply(
      [](long long m, long long K, long long seed, long long sx, long long sy, long long rot) {
        auto v = convex_polygon<T>(static_cast<int>(m), K, static_cast<unsigned>(seed));
        for (auto& p : v) p = Point<T>(p.x * T(sx), p.y * T(sy));  // scale keeps convexity
        std::rotate(v.begin(), v.begin() + rot % static_cast<long long>(v.size()), v.end());
        return v;
      },
      uniform_int(3, max_n), uniform_int(1, 6), uniform_int(0, 1 << 20), uniform_int(1, 3), uniform_int(1, 3),
      uniform_int(0, 1000));
}

template <class T> rc::Gen<std::vector<Point<T>>> convex_plus(int max_n) {
  return rc::gen::apply(
      [](std::vector<Point<T>> v, std::vector<long long> picks) {
        const std::size_t n = v.size();
        std::vector<Point<T>> out;
        for (auto& p : v) out.push_back(p * T(2));  // so that midpoints are lattice points
        for (long long k : picks) {
          const Point<T> a = v[static_cast<std::size_t>(k) % n], b = v[(static_cast<std::size_t>(k) + 1) % n],
                         c = v[(static_cast<std::size_t>(k) + n / 2) % n];
          if (k % 3 == 0) out.push_back(a * T(2));   // duplicate vertex
          if (k % 3 == 1) out.push_back(a + b);      // midpoint of an edge: on the boundary
          if (k % 3 == 2) out.push_back(a + c);      // midpoint of a diagonal: inside
        }
        return out;
      },
      convex_cloud<T>(std::max(3, max_n / 2)),
      rc::gen::container<std::vector<long long>>(static_cast<std::size_t>(max_n / 2), uniform_int(0, 1000)));
}

template <class T> rc::Gen<std::vector<Point<T>>> collinear_cloud(int max_n) {
  return rc::gen::apply(
      [](Point<T> a, Point<T> d, std::vector<long long> ks) {
        std::vector<Point<T>> out;
        for (long long k : ks) out.push_back(a + d * T(k));
        return out;
      },
      geotest::grid_point<T>(21, -10), geotest::grid_point<T>(7, -3),
      geotest::sized_vector(uniform_int(-30, 30), max_n));
}

template <class T> rc::Gen<std::vector<Point<T>>> bound_cloud(int max_n) {
  const T B = T(bound<T>());
  return geotest::sized_vector(
      rc::gen::weightedOneOf<Point<T>>({{3, geotest::bound_point<T>(B)}, {2, geotest::uniform_point<T>(B)}}), max_n);
}

template <class T> rc::Gen<std::vector<Point<T>>> any_cloud(int max_n) {
  auto base = rc::gen::weightedOneOf<std::vector<Point<T>>>({
      {4, grid_cloud<T>(max_n)},
      {2, convex_cloud<T>(max_n)},
      {2, convex_plus<T>(max_n)},
      {2, collinear_cloud<T>(max_n)},
      {1, bound_cloud<T>(max_n)},
  });
  return base;
}

}  // namespace hullgen
