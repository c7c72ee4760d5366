// hull_gen.hpp: RapidCheck generators of point sets for the hull tests (tests only).
//   grid_cloud<T>(max_n)      n <= max_n points of a k x k grid, k in 2..12: dense
//                             collinear runs and duplicates (k = 2: at most 4 values)
//   convex_cloud<T>(max_n)    vertices of a strictly convex lattice polygon (primitive edge
//                             vectors sorted by angle, summed), shuffled: all on the hull
//   convex_plus<T>(max_n)     convex_cloud (doubled) plus duplicated vertices, midpoints
//                             of edges (collinear boundary points), midpoints of diagonals
//   rotated_with_collinear<T>(max_n, beyond = false)
//                             a convex polygon as the hull/ functions take it (CCW,
//                             positive area) that convex_hull never returns: lattice
//                             points of its edges inserted as collinear vertices (often
//                             next to a corner, sometimes runs), then started at any index,
//                             two times in three at an inserted one (poly[0] collinear,
//                             possibly mid-run). Scale: convex_cloud times 1..4, or one
//                             time in three at the bound via to_bound (beyond: doubled,
//                             up to 2B, what a Minkowski sum of two polygons at B reaches)
//   collinear_cloud<T>(max_n) a + i d for small d and i in [-30, 30], with repeats
//   bound_cloud<T>()          coordinates at +-B and 0 (B = 1e9 integral, 1e5 floating) and
//                             uniform in [-B, B]: the documented maximum
//   any_cloud<T>(max_n)       a weighted mix of all of the above, translated by up to B/2
// Families for convex_layers (shuffled; one time in 3 about a quarter of the points dropped):
//   nested_squares<T>(max_k)  k <= max_k concentric squares or diamonds of radii i*s, all
//                             their lattice points at step 1 or 2 (+ the centre): long
//                             collinear edges, one layer per square
//   lattice_block<T>(max_side) a full w x h lattice, w, h <= max_side, step 1..3: layers
//                             are rectangles of collinear points, the last one a segment
//   circle_cloud<T>(max_n)    points rounded from a circle of radius 2..R (R = 200, or
//                             max_n / 4 if larger): nearly convex, thin layers, duplicates
//   dup_cloud<T>(max_n)       copies of 1..6 points of a 7 x 7 grid
//   layer_cloud<T>(max_n, k)  a mix of the four (k: max squares / lattice side) and
//                             collinear_cloud, translated by up to 1e6
//   multiset_cloud<T>(lo, hi) lo..hi points (>= 512: convex_hull's radix sort) drawn with
//                             repetition from an any_cloud of <= 40 points; double: zeros
//                             sometimes written as -0.0
//   to_bound<T>(v, ax, ay)    v scaled by an integer and moved so that its x (y) range
//                             touches -B (ax = 0) or +B (ax = 1): lattice structure kept
//   prepass_edge_cloud<T>()   a convex polygon at the bound, lattice points on and one unit
//                             off the chords between its extremes in convex_hull_fast's 8
//                             pre-pass directions and on / off its edges, plus copies of an
//                             inner point (so that the pre-pass runs): n <= 1024, the
//                             pre-pass sample is every point
//   sample_fooling_cloud<T>() 1024..2046 points, so the pre-pass samples the even indices:
//                             mode 0 puts hull vertices there and inner points at odd ones
//                             (the sample says "skip"); mode 1 puts every other vertex and
//                             inner copies there, and all vertices, edge points and points
//                             near the sampled polygon's edges at odd ones
// Floating near-degenerate families (doubles; eps = geo::eps<double>):
//   near_cloud()              grid_cloud, convex_plus or collinear_cloud (24 points) times
//                             1..20, every point moved by multiples of eps / 8 in x and y,
//                             some copied with such a move (near-duplicates)
//   dense_arc()               40..160 points on an arc of a circle of radius 1..1e3 around
//                             a centre within 1e3, consecutive points 0.1 to 30 eps^(1/2)
//                             sqrt(8 r) apart (the sagitta of two neighbours 0.01..900 eps),
//                             in order or shuffled, sometimes with the centre and near-
//                             duplicates of the ends: where an eps band compounds
#pragma once
#include "generators.hpp"
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <random>
#include <type_traits>
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

template <class T> rc::Gen<std::vector<Point<T>>> multiset_cloud(int lo, int hi) {
  return rc::gen::apply(
      [](std::vector<Point<T>> base, long long n, std::vector<long long> picks) {
        std::vector<Point<T>> out;
        if (base.empty()) return out;
        for (long long i = 0; i < n; i++) {
          const std::size_t j = i < static_cast<long long>(base.size())
                                    ? static_cast<std::size_t>(i)
                                    : static_cast<std::size_t>(picks[static_cast<std::size_t>(i) % picks.size()]) % base.size();
          Point<T> p = base[j];
          if (!std::is_integral<T>::value && i % 2) {  // -0.0: equal to 0.0, other bits
            if (p.x == T(0)) p.x = -T(0);
            if (p.y == T(0)) p.y = -T(0);
          }
          out.push_back(p);
        }
        return out;
      },
      any_cloud<T>(40), uniform_int(lo, hi), rc::gen::container<std::vector<long long>>(97, uniform_int(0, 1 << 20)));
}

template <class T> std::vector<Point<T>> to_bound(std::vector<Point<T>> v, int ax, int ay) {
  if (v.empty()) return v;
  const T B = T(bound<T>());
  T lx = v[0].x, hx = v[0].x, ly = v[0].y, hy = v[0].y;
  for (auto& p : v) lx = std::min(lx, p.x), hx = std::max(hx, p.x), ly = std::min(ly, p.y), hy = std::max(hy, p.y);
  const T span = std::max({hx - lx, hy - ly, T(1)});
  const T k = T(static_cast<long long>(2 * B / span));
  for (auto& p : v)
    p = Point<T>(ax ? B - (hx - p.x) * k : -B + (p.x - lx) * k, ay ? B - (hy - p.y) * k : -B + (p.y - ly) * k);
  return v;
}

template <class T> rc::Gen<std::vector<Point<T>>> rotated_with_collinear(int max_n, bool beyond = false) {
  return rc::gen::apply(
      [beyond](std::vector<Point<T>> v, long long scale, long long ax, long long ay,
               std::vector<long long> picks, long long start) {
        if (scale == 0) {
          v = to_bound(v, static_cast<int>(ax), static_cast<int>(ay));
          if (beyond)
            for (auto& p : v) p = p * T(2);
        } else {
          for (auto& p : v) p = p * T(scale);
        }
        const std::size_t m = v.size();
        std::vector<std::vector<long long>> at(m);  // lattice steps j inserted on edge i
        std::vector<long long> g(m);
        for (std::size_t i = 0; i < m; i++) {
          const long long dx = static_cast<long long>(v[(i + 1) % m].x - v[i].x),
                          dy = static_cast<long long>(v[(i + 1) % m].y - v[i].y);
          g[i] = std::gcd(dx < 0 ? -dx : dx, dy < 0 ? -dy : dy);
        }
        for (long long k : picks) {
          const std::size_t i = static_cast<std::size_t>(k) % m;
          if (g[i] < 2) continue;
          const long long r = k / static_cast<long long>(m), c = r % 4;
          const long long j = c == 0 ? 1 : c == 1 ? g[i] - 1 : 1 + r / 4 % (g[i] - 1);  // by a corner, or anywhere
          at[i].push_back(j);
          if (r / 4 % 3 == 0 && j + 1 < g[i]) at[i].push_back(j + 1);  // a run of two
        }
        std::vector<Point<T>> out;
        std::vector<std::size_t> inserted;
        for (std::size_t i = 0; i < m; i++) {
          out.push_back(v[i]);
          std::sort(at[i].begin(), at[i].end());
          at[i].erase(std::unique(at[i].begin(), at[i].end()), at[i].end());
          const Point<T> step = (v[(i + 1) % m] - v[i]) / T(g[i] == 0 ? 1 : g[i]);
          for (long long j : at[i]) inserted.push_back(out.size()), out.push_back(v[i] + step * T(j));
        }
        const std::size_t first = !inserted.empty() && start % 3 != 0
                                      ? inserted[static_cast<std::size_t>(start / 3) % inserted.size()]
                                      : static_cast<std::size_t>(start) % out.size();
        std::rotate(out.begin(), out.begin() + static_cast<long long>(first), out.end());
        return out;
      },
      convex_cloud<T>(std::max(3, max_n / 2)),
      rc::gen::weightedOneOf<long long>({{2, uniform_int(1, 4)}, {1, rc::gen::just<long long>(0)}}),
      uniform_int(0, 1), uniform_int(0, 1), geotest::sized_vector(uniform_int(0, 1 << 30), std::max(3, max_n / 2)),
      uniform_int(0, 1 << 20));
}

// convex_hull_fast's pre-pass directions (a, b), key a x + b y, and the first maximum of each.
template <class T> std::vector<Point<T>> prepass_extremes(const std::vector<Point<T>>& v) {
  const int dir[8][2] = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
  std::vector<Point<T>> ext;
  for (auto& d : dir) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < v.size(); i++)
      if (T(d[0]) * v[i].x + T(d[1]) * v[i].y > T(d[0]) * v[best].x + T(d[1]) * v[best].y) best = i;
    if (ext.empty() || !(v[best] == ext.back())) ext.push_back(v[best]);
  }
  while (ext.size() > 1 && ext.back() == ext[0]) ext.pop_back();
  return ext;
}

// Lattice points a + (b - a) j / g (g = gcd of b - a), j = t mod (g + 1), each also moved
// by one unit in x or y (chosen by t: one unit off the segment's line, either side).
template <class T>
void on_and_off(const Point<T>& a, const Point<T>& b, const std::vector<long long>& ts, std::vector<Point<T>>& out) {
  const long long dx = static_cast<long long>(b.x - a.x), dy = static_cast<long long>(b.y - a.y);
  const long long g = std::gcd(dx < 0 ? -dx : dx, dy < 0 ? -dy : dy);
  if (g == 0) return;
  for (long long t : ts) {
    const long long j = t % (g + 1);
    const Point<T> q(a.x + T(dx / g * j), a.y + T(dy / g * j));
    const T e = T(1), f = t / (g + 1) % 2 ? e : -e;  // which side: from t
    const Point<T> off[2] = {q, t / (g + 1) / 2 % 2 ? Point<T>(q.x + f, q.y) : Point<T>(q.x, q.y + f)};
    for (auto& o : off)
      if (std::abs(static_cast<long long>(o.x)) <= bound<T>() && std::abs(static_cast<long long>(o.y)) <= bound<T>())
        out.push_back(o);
  }
}

template <class T> rc::Gen<std::vector<Point<T>>> prepass_edge_cloud() {
  return rc::gen::apply(
      [](std::vector<Point<T>> v0, long long ax, long long ay, std::vector<long long> ts, long long copies) {
        const auto v = to_bound(v0, static_cast<int>(ax), static_cast<int>(ay));
        std::vector<Point<T>> out = v;  // vertices first: they are the extremes
        const auto ext = prepass_extremes(v);
        std::size_t u = 0;
        for (std::size_t i = 0; i < ext.size(); i++)  // chords between extremes (P's edges)
          on_and_off(ext[i], ext[(i + 1) % ext.size()], {ts[u++ % ts.size()]}, out);
        for (std::size_t i = 0; i < v.size(); i++)  // the hull's own edges
          on_and_off(v[i], v[(i + 1) % v.size()], {ts[u++ % ts.size()]}, out);
        Point<T> c(0, 0);
        for (auto& e : ext) c = c + e;
        c = Point<T>(T(static_cast<long long>(c.x / T(ext.size()))), T(static_cast<long long>(c.y / T(ext.size()))));
        const std::size_t n = out.size();
        for (long long i = 0; i < copies * static_cast<long long>(n) && out.size() < 1024; i++) out.push_back(c);
        return out;
      },
      convex_cloud<T>(16), uniform_int(0, 1), uniform_int(0, 1),
      rc::gen::container<std::vector<long long>>(16, uniform_int(0, 1 << 30)), uniform_int(0, 3));
}

template <class T> rc::Gen<std::vector<Point<T>>> sample_fooling_cloud() {
  return rc::gen::apply(
      [](std::vector<Point<T>> v0, long long ax, long long ay, long long mode, long long half,
         std::vector<long long> ts) {
        const auto v = to_bound(v0, static_cast<int>(ax), static_cast<int>(ay));
        const std::size_t m = v.size();
        Point<T> c(0, 0);
        for (auto& p : v) c = c + p;
        c = Point<T>(T(static_cast<long long>(c.x / T(m))), T(static_cast<long long>(c.y / T(m))));
        std::vector<Point<T>> even, odd;
        std::size_t u = 0;
        if (mode == 0) {
          even = v;
          for (std::size_t i = 0; i < m; i++) odd.push_back(Point<T>((v[i].x + c.x) / T(2), (v[i].y + c.y) / T(2)));
          for (std::size_t i = 0; i < m; i++) on_and_off(v[i], v[(i + 1) % m], {ts[u++ % ts.size()]}, odd);
        } else {
          std::vector<Point<T>> w;
          for (std::size_t i = 0; i < m; i += 2) w.push_back(v[i]);
          even = w;
          even.push_back(c);
          odd = v;
          for (std::size_t i = 0; i < m; i++) on_and_off(v[i], v[(i + 1) % m], {ts[u++ % ts.size()]}, odd);
          for (std::size_t i = 0; i < w.size(); i++) on_and_off(w[i], w[(i + 1) % w.size()], {ts[u++ % ts.size()]}, odd);
        }
        std::vector<Point<T>> out;
        for (long long i = 0; i < half; i++) {
          const std::size_t k = static_cast<std::size_t>(i);
          out.push_back(mode == 1 && k >= even.size() ? c : even[k % even.size()]);
          out.push_back(odd[k % odd.size()]);
        }
        return out;
      },
      convex_cloud<T>(16), uniform_int(0, 1), uniform_int(0, 1), uniform_int(0, 1), uniform_int(512, 1023),
      rc::gen::container<std::vector<long long>>(16, uniform_int(0, 1 << 30)));
}

template <class T> std::vector<Point<T>> shuffle_drop(std::vector<Point<T>> v, long long seed, bool drop) {
  unsigned s = static_cast<unsigned>(seed);
  auto next = [&s]() { return (s = s * 1103515245u + 12345u) >> 16; };
  std::vector<Point<T>> out;
  for (auto& p : v)
    if (!drop || next() % 4 != 0) out.push_back(p);
  for (std::size_t i = out.size(); i > 1; i--) std::swap(out[i - 1], out[next() % i]);
  return out;
}

template <class T> rc::Gen<std::vector<Point<T>>> nested_squares(int max_k) {
  return rc::gen::apply(
      [](long long k, long long s, long long st, long long diamond, long long centre, long long seed, long long drop) {
        std::vector<Point<T>> v;
        if (centre) v.push_back({T(0), T(0)});
        for (long long i = 1; i <= k; i++) {
          const long long r = i * s;
          for (long long x = -r; x <= r; x++)
            for (long long y = -r; y <= r; y++) {
              const bool on = diamond ? std::abs(x) + std::abs(y) == r : std::max(std::abs(x), std::abs(y)) == r;
              if (on && (x + r) % st == 0 && (y + r) % st == 0) v.push_back({T(x), T(y)});
            }
        }
        return shuffle_drop(v, seed, drop == 0);
      },
      uniform_int(1, max_k), uniform_int(1, 2), uniform_int(1, 2), uniform_int(0, 1), uniform_int(0, 1),
      uniform_int(0, 1 << 20), uniform_int(0, 2));
}

template <class T> rc::Gen<std::vector<Point<T>>> lattice_block(int max_side) {
  return rc::gen::apply(
      [](long long w, long long h, long long st, long long seed, long long drop) {
        std::vector<Point<T>> v;
        for (long long x = 0; x < w; x++)
          for (long long y = 0; y < h; y++) v.push_back({T(x * st), T(y * st)});
        return shuffle_drop(v, seed, drop == 0);
      },
      uniform_int(1, max_side), uniform_int(1, max_side), uniform_int(1, 3), uniform_int(0, 1 << 20),
      uniform_int(0, 2));
}

template <class T> rc::Gen<std::vector<Point<T>>> circle_cloud(int max_n) {
  const long long R = std::max(200, max_n / 4);
  return rc::gen::apply(
      [](long long r, std::vector<long long> angles) {
        std::vector<Point<T>> v;
        for (long long a : angles) {
          const double t = static_cast<double>(a) * (6.283185307179586 / 1048576.0);
          v.push_back({T(std::llround(static_cast<double>(r) * std::cos(t))), T(std::llround(static_cast<double>(r) * std::sin(t)))});
        }
        return v;
      },
      uniform_int(2, R), geotest::sized_vector(uniform_int(0, 1048575), max_n));
}

template <class T> rc::Gen<std::vector<Point<T>>> dup_cloud(int max_n) {
  return rc::gen::apply(
      [](std::vector<Point<T>> base, std::vector<long long> picks) {
        std::vector<Point<T>> v;
        for (long long k : picks) v.push_back(base[static_cast<std::size_t>(k) % base.size()]);
        return v;
      },
      rc::gen::mapcat(uniform_int(1, 6), [](long long d) {
        return rc::gen::container<std::vector<Point<T>>>(static_cast<std::size_t>(d), geotest::grid_point<T>(7, -3));
      }),
      geotest::sized_vector(uniform_int(0, 1000), max_n));
}

template <class T> rc::Gen<std::vector<Point<T>>> layer_cloud(int max_n, int k) {
  auto base = rc::gen::weightedOneOf<std::vector<Point<T>>>({
      {3, nested_squares<T>(k)},
      {3, lattice_block<T>(k)},
      {2, circle_cloud<T>(max_n)},
      {1, dup_cloud<T>(max_n)},
      {1, collinear_cloud<T>(max_n)},
  });
  return rc::gen::apply(
      [](std::vector<Point<T>> v, Point<T> d) {
        for (auto& p : v) p = p + d;
        return v;
      },
      base, geotest::uniform_point<T>(T(1000000)));
}

inline rc::Gen<std::vector<Point<double>>> near_cloud() {
  return rc::gen::apply(
      [](std::vector<Point<double>> base, std::vector<long long> moves, long long scale) {
        std::vector<Point<double>> out;
        const double s = geo::eps<double> / 8;
        for (std::size_t i = 0; i < base.size(); i++) {
          const long long m = moves[i % moves.size()];
          Point<double> p = base[i] * static_cast<double>(scale);
          out.push_back(p + Point<double>(static_cast<double>(m % 17 - 8) * s, static_cast<double>(m / 17 % 17 - 8) * s));
          if (m % 5 == 0) out.push_back(p + Point<double>(static_cast<double>(m % 7 - 3) * s, 0));
        }
        return out;
      },
      rc::gen::weightedOneOf<std::vector<Point<double>>>(
          {{2, grid_cloud<double>(24)}, {2, convex_plus<double>(24)}, {1, collinear_cloud<double>(24)}}),
      rc::gen::container<std::vector<long long>>(31, uniform_int(0, 17 * 17 - 1)), uniform_int(1, 20));
}

inline rc::Gen<std::vector<Point<double>>> dense_arc() {
  return rc::gen::apply(
      [](long long n, long long r_exp, long long step, Point<double> c, long long start, long long shape) {
        const double r = std::pow(10.0, static_cast<double>(r_exp) / 4), e = geo::eps<double>;
        // neighbours' sagitta s^2 / (8 r) = (step / 100)^2 eps
        const double s = static_cast<double>(step) / 100 * std::sqrt(8 * r * e), t0 = static_cast<double>(start) * 1e-3;
        std::vector<Point<double>> v;
        for (long long i = 0; i < n; i++) {
          const double t = t0 + static_cast<double>(i) * s / r;
          v.push_back(c + Point<double>(r * std::cos(t), r * std::sin(t)));
        }
        if (shape & 1) v.push_back(c);
        if (shape & 2) v.push_back(v[0] + Point<double>(e / 2, -e / 3)), v.push_back(v.back() + Point<double>(-e / 3, e / 2));
        if (shape & 4) std::reverse(v.begin(), v.end());
        if (shape & 8) std::shuffle(v.begin(), v.end(), std::mt19937(static_cast<unsigned>(n * 7919 + start)));
        return v;
      },
      uniform_int(40, 160), uniform_int(0, 12), uniform_int(10, 3000), geotest::uniform_point<double>(1000.0),
      uniform_int(0, 6283), uniform_int(0, 15));
}

}  // namespace hullgen
