// Properties of geometry/3d/hull.hpp against the brute-force exact oracle
// (tests/support/oracle_hull3d.hpp: supporting planes through every triple, corners by
// Caratheodory, the volume facet by facet): the corners exactly, every face outward and
// non-degenerate, a closed surface whose volume is the hull's (or, for a planar set, faces on
// one side tiling the polygon); volume6 and surface_area (3d/polyhedron.hpp) of the faces:
// exact and to 1e-9 relative.
// Inputs (generators below): small boxes (duplicates, coplanar and collinear subsets
// everywhere), subsets of lattice cubes, tilted planar lattices, collinear runs, points
// rounded from a sphere, pyramids and prisms over points in convex position (big coplanar
// facets, an apex of high degree), copies of a few points; translated, or scaled to the bound 1e9.
// long long and double (small integers: every decision exact, so the answer must be exact),
// and the library run with exact rationals (type genericity: the same faces as long long).
// Larger clouds (up to 300 points) are checked without the O(n^5) corner oracle: a closed
// surface, every face outward with every point on its inner side (so the faces bound the
// hull: their vertices are input points), volume6 equal to the faces' exact volume, and the
// corners exactly the face vertices whose face normals have rank 3.
// Near-coplanar doubles (a plane moved by less than eps / 8): the flat answer. Doubles on a
// plane tilted by a few eps per unit (z = a x + b y, noise below eps / 16): the flat answer
// with the corners of the points' (x, y) projection, by the exact oracle.
// Every property runs for both variants: Hull3dProp.Name (hull3d) and Hull3dFastProp.Name
// (hull3d_fast, 3d/hull_fast.hpp: the same corners; its faces meet the same contract, and for
// the types and degenerate inputs it hands to hull3d, the same faces). FastSameCorners: clouds
// of up to 3000 points (the pre-pass drops most of a cube), corners and volume as hull3d's.
#include "geometry/3d/hull.hpp"
#include "geometry/3d/hull_fast.hpp"
#include "geometry/3d/polyhedron.hpp"

#include "generators.hpp"
#include "oracle_hull3d.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>
#include <type_traits>
#include <vector>

namespace {

using geo::Point3;
using geotest::uniform_int;
using P = Point3<long long>;
namespace O = oracle_hull3d;

rc::Gen<P> box_point(long long r) {
  return rc::gen::apply([](long long x, long long y, long long z) { return P{x, y, z}; },
                        uniform_int(-r, r), uniform_int(-r, r), uniform_int(-r, r));
}

// One family, n <= max_n points with small coordinates.
rc::Gen<std::vector<P>> family(int max_n) {
  auto n = uniform_int(1, max_n);
  return rc::gen::mapcat(uniform_int(0, 6), [=](long long kind) -> rc::Gen<std::vector<P>> {
    switch (kind) {
      case 0:  // a small box: duplicates, coplanar and collinear everywhere
        return rc::gen::mapcat(uniform_int(1, 3), [=](long long r) {
          return rc::gen::mapcat(n, [=](long long k) {
            return rc::gen::container<std::vector<P>>(static_cast<std::size_t>(k), box_point(r));
          });
        });
      case 1:  // a subset of the lattice cube {0..k}^3 (sometimes all of it)
        return rc::gen::mapcat(uniform_int(1, 2), [=](long long k) {
          return rc::gen::map(rc::gen::container<std::vector<bool>>(
                                  static_cast<std::size_t>((k + 1) * (k + 1) * (k + 1)),
                                  rc::gen::weightedElement<bool>({{3, true}, {1, false}})),
                              [k](const std::vector<bool>& keep) {
                                std::vector<P> v;
                                int i = 0;
                                for (long long x = 0; x <= k; x++)
                                  for (long long y = 0; y <= k; y++)
                                    for (long long z = 0; z <= k; z++)
                                      if (keep[static_cast<std::size_t>(i++)]) v.push_back({x, y, z});
                                if (v.empty()) v.push_back({0, 0, 0});
                                return v;
                              });
        });
      case 2:  // a tilted plane: o + i u + j v (u, v may be parallel: collinear)
      case 3:  // a line: o + i u
        return rc::gen::apply(
            [kind](P o, P u, P v, std::vector<std::pair<long long, long long>> ij) {
              std::vector<P> w;
              for (auto [i, j] : ij) w.push_back(o + u * i + (kind == 2 ? v * j : P()));
              return w;
            },
            box_point(5), box_point(3), box_point(3),
            rc::gen::mapcat(n, [](long long k) {
              return rc::gen::container<std::vector<std::pair<long long, long long>>>(
                  static_cast<std::size_t>(k), rc::gen::pair(uniform_int(-2, 2), uniform_int(-2, 2)));
            }));
      case 4:  // rounded from a sphere of radius 2..40
        return rc::gen::apply(
            [](long long R, std::vector<P> dirs) {
              std::vector<P> w;
              for (auto d : dirs) {
                double l = std::sqrt(double(d.x * d.x + d.y * d.y + d.z * d.z));
                if (l == 0) continue;
                w.push_back({std::llround(double(d.x) / l * double(R)), std::llround(double(d.y) / l * double(R)),
                             std::llround(double(d.z) / l * double(R))});
              }
              if (w.empty()) w.push_back({0, 0, 0});
              return w;
            },
            uniform_int(2, 40), rc::gen::mapcat(n, [](long long k) {
              return rc::gen::container<std::vector<P>>(static_cast<std::size_t>(k), box_point(1000));
            }));
      case 5:  // a pyramid (an apex) or a prism (a shifted copy) over points in convex position
               // (t, t^2, 0): big coplanar facets and a vertex of high degree
        return rc::gen::apply(
            [](std::vector<long long> ts, P a, bool prism) {
              std::vector<P> w{a};
              for (auto t : ts) {
                w.push_back({t, t * t, 0});
                if (prism) w.push_back(P{t, t * t, 0} + a);
              }
              return w;
            },
            rc::gen::mapcat(n,
                            [](long long k) {
                              return rc::gen::container<std::vector<long long>>(static_cast<std::size_t>(k),
                                                                                uniform_int(-6, 6));
                            }),
            box_point(5), rc::gen::arbitrary<bool>());
      default:  // copies of a few points
        return rc::gen::mapcat(rc::gen::mapcat(uniform_int(1, 5),
                                               [](long long k) {
                                                 return rc::gen::container<std::vector<P>>(
                                                     static_cast<std::size_t>(k), box_point(4));
                                               }),
                               [=](std::vector<P> base) {
                                 return rc::gen::mapcat(n, [base](long long k) {
                                   return rc::gen::container<std::vector<P>>(
                                       static_cast<std::size_t>(k), rc::gen::elementOf(base));
                                 });
                               });
    }
  });
}

// A family, then as is, translated, or scaled so that a coordinate reaches +-1e9.
rc::Gen<std::vector<P>> cloud(int max_n, bool big) {
  return rc::gen::apply(
      [big](std::vector<P> v, long long mode, P t) {
        long long m = 1;
        for (auto& p : v) m = std::max({m, std::llabs(p.x), std::llabs(p.y), std::llabs(p.z)});
        for (auto& p : v)
          p = !big ? p : mode == 1 ? p + t : mode == 2 ? p * (1000000000 / m) : p;
        return v;
      },
      family(max_n), uniform_int(0, 2), box_point(1000000));
}

template <class T> std::vector<Point3<T>> as(const std::vector<P>& v) {
  std::vector<Point3<T>> w;
  for (auto& p : v) w.push_back(Point3<T>(p));
  return w;
}

struct Lean {
  template <class T> static geo::Hull3 run(const std::vector<Point3<T>>& p) { return geo::hull3d(p); }
};
struct Fast {
  template <class T> static geo::Hull3 run(const std::vector<Point3<T>>& p) { return geo::hull3d_fast(p); }
};

// The corners as points, sorted: a repeated corner may be reported by either copy.
std::vector<P> corner_points(const std::vector<P>& in, const geo::Hull3& h) {
  std::vector<P> c;
  for (int i : h.v) c.push_back(in[static_cast<std::size_t>(i)]);
  std::sort(c.begin(), c.end());
  return c;
}

template <class H, class T> void check_small(const std::vector<Point3<T>>& in) {
  for (auto& p : in) RC_LOG() << "{" << p.x << ", " << p.y << ", " << p.z << "}, ";
  RC_LOG() << "\n";
  const auto h = H::run(in);
  const std::string why = O::check_hull3d(in, h);
  RC_ASSERT(why == "");
  const auto d = O::distinct(in);
  const oracle::Q v6 = O::volume6(d);
  RC_ASSERT(oracle::q(geo::volume6(in, h.f)) == v6);
  const double a = O::area(d);
  RC_ASSERT(std::fabs(double(geo::surface_area(in, h.f)) - a) <= 1e-9 * std::max(1.0, a));
}

}  // namespace

// Every property runs for both variants: Hull3dProp.Name (hull3d), Hull3dFastProp.Name (fast).
#define HULL3_PROP(Name, Cases)                                               \
  template <class H> void hull3_prop_##Name();                                \
  CPGEO_PROP(Hull3dProp, Name, Cases, ()) { hull3_prop_##Name<Lean>(); }     \
  CPGEO_PROP(Hull3dFastProp, Name, Cases, ()) { hull3_prop_##Name<Fast>(); } \
  template <class H> void hull3_prop_##Name()

HULL3_PROP(MatchesBruteForceLL, 300) { check_small<H>(*cloud(12, true)); }

HULL3_PROP(MatchesBruteForceDouble, 150) { check_small<H>(as<double>(*cloud(12, false))); }

HULL3_PROP(MatchesBruteForceLongDouble, 60) { check_small<H>(as<long double>(*cloud(10, false))); }

// Exact rationals take hull3d's path in both variants: the same faces and corners as hull3d
// on long long; hull3d_fast on long long: the same corner points (a repeated corner may be
// reported by another copy).
HULL3_PROP(ExactRationalsSameAsLL, 60) {
  const auto in = *cloud(12, true);
  const auto a = H::run(in), b = H::run(as<oracle::QX>(in));
  if (std::is_same_v<H, Lean>) {
    RC_ASSERT(a.f == b.f);
    RC_ASSERT(a.v == b.v);
  }
  RC_ASSERT(corner_points(in, a) == corner_points(in, b));
}

// Up to 3000 points in a box (often a lattice: duplicates, many points on faces and edges),
// translated or scaled to 1e9, or on a rounded sphere: hull3d_fast has hull3d's corner points
// (a repeated corner may be reported by another copy) and volume, and its faces are outward
// (checked exactly on a sample of the points).
HULL3_PROP(FastSameCorners, 40) {
  const auto in = *rc::gen::mapcat(uniform_int(0, 2), [](long long k) -> rc::Gen<std::vector<P>> {
    auto n = uniform_int(4, 3000);
    if (k == 2)  // rounded from a sphere
      return rc::gen::mapcat(n, [](long long m) {
        return rc::gen::map(rc::gen::container<std::vector<P>>(static_cast<std::size_t>(m), box_point(1000)),
                            [](std::vector<P> v) {
                              for (auto& p : v) {
                                double l = std::sqrt(double(p.x * p.x + p.y * p.y + p.z * p.z));
                                if (l > 0) p = P{std::llround(p.x / l * 1e9), std::llround(p.y / l * 1e9),
                                                 std::llround(p.z / l * 1e9)};
                              }
                              return v;
                            });
      });
    return rc::gen::mapcat(uniform_int(1, k ? 1000000000 : 8), [n](long long r) {
      return rc::gen::mapcat(n, [r](long long m) {
        return rc::gen::container<std::vector<P>>(static_cast<std::size_t>(m), box_point(r));
      });
    });
  });
  const auto a = geo::hull3d(in), b = H::run(in);
  RC_ASSERT(corner_points(in, a) == corner_points(in, b));
  RC_ASSERT(b.v.size() == a.v.size() && std::is_sorted(b.v.begin(), b.v.end()));
  RC_ASSERT(geo::volume6(in, a.f) == geo::volume6(in, b.f));
  const double sa = geo::surface_area(in, a.f), sb = geo::surface_area(in, b.f);
  RC_ASSERT(std::fabs(sa - sb) <= 1e-9 * std::max(1.0, sa));
  for (std::size_t i = 0; i < in.size(); i += 1 + in.size() / 200)
    for (auto [x, y, z] : b.f)
      RC_ASSERT(geo::orient3d(in[std::size_t(x)], in[std::size_t(y)], in[std::size_t(z)], in[i]) <= 0);
}

// Up to 300 points: closed and outward (hence the hull's boundary), volume6 the faces' exact
// volume; the corners are the face vertices whose face normals have rank 3.
HULL3_PROP(LargeCloudsClosedWithTheHullsVolume, 40) {
  const auto in = *rc::gen::mapcat(uniform_int(0, 1), [](long long k) {
    return k ? cloud(300, true)
             : rc::gen::mapcat(uniform_int(2, 6), [](long long r) {
                 return rc::gen::container<std::vector<P>>(300, box_point(r));
               });
  });
  const auto h = H::run(in);
  std::vector<O::Q3> e;
  for (auto& p : in) e.push_back(O::q3(p));
  const auto d = O::distinct(in);
  if (d.size() < 4 || O::planar(d)) return;
  RC_ASSERT(!h.f.empty());
  std::vector<std::vector<O::Q3>> normals(in.size());
  std::vector<std::pair<int, int>> edges;
  oracle::Q faces6 = 0;
  for (auto [a, b, c] : h.f) {
    const O::Q3 m = O::cross(O::sub(e[b], e[a]), O::sub(e[c], e[a]));
    RC_ASSERT(!O::zero(m));
    for (auto& q : e) RC_ASSERT(oracle::sign(oracle::Q(O::dot(m, O::sub(q, e[a])))) <= 0);
    for (int x : {a, b, c}) normals[static_cast<std::size_t>(x)].push_back(m);
    edges.push_back({a, b}), edges.push_back({b, c}), edges.push_back({c, a});
    faces6 -= O::det(e[a], e[b], e[c], d[0]);
  }
  std::sort(edges.begin(), edges.end());
  RC_ASSERT(std::adjacent_find(edges.begin(), edges.end()) == edges.end());
  for (auto [u, w] : edges) RC_ASSERT(std::binary_search(edges.begin(), edges.end(), std::make_pair(w, u)));
  RC_ASSERT(oracle::q(geo::volume6(in, h.f)) == faces6);
  std::vector<int> want;
  for (std::size_t x = 0; x < in.size(); x++) {
    auto& ns = normals[x];  // rank 3: a vertex of the hull
    bool three = false;
    for (std::size_t i = 0; i < ns.size() && !three; i++)
      for (std::size_t j = i + 1; j < ns.size() && !three; j++)
        for (std::size_t k = j + 1; k < ns.size() && !three; k++)
          three = oracle::sign(O::minor3(ns[i], ns[j], ns[k])) != 0;
    if (three) want.push_back(static_cast<int>(x));
  }
  RC_ASSERT(h.v == want);
}

// Near-coplanar doubles: a planar lattice set moved off its plane by less than eps / 8 gives
// the flat answer: volume6 0 up to rounding, the corners of the planar polygon.
HULL3_PROP(NearCoplanarDoubleIsFlat, 100) {
  const auto base = *rc::gen::suchThat(cloud(12, false), [](const std::vector<P>& v) {
    const auto d = O::distinct(v);  // distinct points: no near-duplicates after the move
    if (d.size() < 3 || d.size() != v.size() || !O::planar(d)) return false;
    for (std::size_t i = 2; i < d.size(); i++)
      if (!O::zero(O::cross(O::sub(d[1], d[0]), O::sub(d[i], d[0])))) return true;
    return false;
  });
  auto in = as<double>(base);
  // the plane's unit normal, from the exact one
  O::Q3 m{0, 0, 0};
  const auto d = O::distinct(base);
  for (std::size_t i = 2; i < d.size() && O::zero(m); i++) m = O::cross(O::sub(d[1], d[0]), O::sub(d[i], d[0]));
  const double mx = double(m.x), my = double(m.y), mz = double(m.z), l = std::sqrt(mx * mx + my * my + mz * mz);
  for (auto& p : in) {
    const double t = geo::eps<double> / 8 * double(*uniform_int(-100, 100)) / 100;
    p = p + Point3<double>(mx / l * t, my / l * t, mz / l * t);
  }
  for (auto& p : in) RC_LOG() << "{" << p.x << ", " << p.y << ", " << p.z << "}, ";
  const auto h = H::run(in);
  const auto hb = H::run(base);
  for (int i : h.v) RC_LOG() << i << " ";
  RC_LOG() << " vs ";
  for (int i : hb.v) RC_LOG() << i << " ";
  RC_ASSERT(h.v == hb.v);
  RC_ASSERT(std::fabs(geo::volume6(in, h.f)) <= 1e-6);
}

// Doubles on a plane z = a x + b y with a, b from about 1e-12 to 4e-3 (a few eps per unit is
// where the flat path's old apex, one unit along x, landed within eps of the plane and every
// face went), heights moved by less than eps / 16: the flat answer, and its corners those of
// the (x, y) projection by the exact oracle (no point within 1e-6 of a line through two others,
// so eps decides none of them).
HULL3_PROP(TiltedPlaneDoubleIsFlat, 200) {
  const auto n = static_cast<std::size_t>(*uniform_int(4, 12));
  const double scale = std::pow(1e3, double(*uniform_int(-4, -1)));  // 1e-12 .. 1e-3
  const double a = double(*uniform_int(-4000, 4000)) * scale, b = double(*uniform_int(-4000, 4000)) * scale;
  std::vector<Point3<double>> in;
  for (std::size_t i = 0; i < n; i++) {
    const double x = double(*uniform_int(0, 1 << 30)) / (1 << 30), y = double(*uniform_int(0, 1 << 30)) / (1 << 30);
    in.push_back({x, y, a * x + b * y + geo::eps<double> / 16 * double(*uniform_int(-100, 100)) / 100});
  }
  RC_PRE(O::xy_apart(in, 1e-6));
  for (auto& p : in) RC_LOG() << "{" << p.x << ", " << p.y << ", " << p.z << "}, ";
  const auto want = O::xy_corner_indices(in);
  const auto h = H::run(in);
  RC_ASSERT(h.v == want);
  RC_ASSERT(h.f.size() + 2 == h.v.size());
  RC_ASSERT(std::fabs(geo::volume6(in, h.f)) <= 1e-6);
}

// Floating input where the old eps decisions failed (an adversarial campaign: points left
// 20 to 4000 eps outside, corners lost, faces that did not close): dense caps of a sphere,
// dense arcs on a cylinder, slabs a fraction of eps to 10 eps thick, clusters of copies jittered
// by 0.1 to 10 eps; scaled by 1e-3 to 1e3. The answer is the exact hull of the documented lattice
// (oracle_hull3d::check_lattice_hull: every corner, every face outward, a closed surface, checked
// in rationals), so every input point is within sqrt(3) g of the hull of the corners.
HULL3_PROP(NearDegenerateDoublesAreTheLatticeHull, 150) {
  const auto n = static_cast<std::size_t>(*uniform_int(4, 12));
  const long long kind = *uniform_int(0, 3);
  const double e = geo::eps<double>, scale = std::pow(10.0, double(*uniform_int(-3, 3)));
  auto unit = [] { return double(*uniform_int(-(1 << 30), 1 << 30)) / (1 << 30); };
  std::vector<Point3<double>> in;
  if (kind == 0) {  // a cap of angular radius 10^-k of the unit sphere
    const double r = std::pow(10.0, -double(*uniform_int(1, 5)));
    for (std::size_t i = 0; i < n; i++) {
      const double u = unit() * r, v = unit() * r;
      in.push_back({u, v, std::sqrt(1 - u * u - v * v)});
    }
  } else if (kind == 1) {  // an arc of a unit circle, angles 10^-k apart, at two heights
    const double step = std::pow(10.0, -double(*uniform_int(2, 6)));
    for (std::size_t i = 0; i < n; i++) {
      const double t = double(*uniform_int(0, 20)) * step;
      in.push_back({std::cos(t), std::sin(t), double(*uniform_int(0, 1))});
    }
  } else if (kind == 2) {  // a slab t eps thick
    const double t = double(*rc::gen::elementOf(std::vector<double>{0.25, 0.5, 1, 2, 4, 10}));
    for (std::size_t i = 0; i < n; i++) in.push_back({unit(), unit(), unit() * t * e});
  } else {  // copies of a few points, jittered by 0.1 to 10 eps
    const auto k = static_cast<std::size_t>(*uniform_int(1, 4));
    const double j = e * std::pow(10.0, double(*uniform_int(-1, 1)));
    for (std::size_t i = 0; i < n; i++) {
      const double b = double(i % k);
      in.push_back({b * 0.3 + unit() * j, b * b * 0.1 + unit() * j, (i % k == 2 ? 0.5 : 0) + unit() * j});
    }
  }
  for (auto& p : in) p = p * scale;
  for (auto& p : in) RC_LOG() << std::hexfloat << "{" << p.x << ", " << p.y << ", " << p.z << "}, ";
  const auto h = H::run(in);
  RC_ASSERT(O::check_lattice_hull(in, geo::eps<double>, h) == "");
}
