// cpgeo 3d/hull_fast.hpp, hash ede8ee; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <algorithm>
#include <cassert>
#include <cmath>
#include <tuple>
#include <array>
#include <random>
#include <utility>
#include <vector>

namespace geo {

// scalar.hpp: the scalar rules every header decides with.
// is_exact_v<T>: T is not floating (integers, multiprecision).
// eps<T>: a LENGTH; 0 for exact T, 1e-9 for floating T;
//   change it at run time: geo::eps<double> = 1e-7 (never
//   for exact T).
// sgn(x): sign with eps (apply it to lengths, never to raw
//   products).
// wide_t<T>: __int128 for integers (degree-3/4 terms), else T.
// real_t<T>: type of lengths and angles (double for exact T).
// Time: O(1) each.
// Precision: sgn is exact for exact T (eps 0: the sign); for
//   floating T, |x| <= eps is 0 (a sound test only for a
//   length whose rounding error is below eps / 2; the ranges:
//   docs/eps.md).
// Degenerate: sgn(NaN) is 0 (NaN compares false).
// Source: tourist's algo library (eps 0 for integers); KACTL
//   (one template for every type).
// Tests: unit scalar_test; property scalar_prop.
#ifndef GEO_SCALAR_HPP
#define GEO_SCALAR_HPP

template <class T> constexpr bool is_exact_v =
    !std::is_floating_point_v<T>;
template <class T> inline T eps = T(is_exact_v<T> ? 0 : 1e-9);
template <class T> int sgn(const T& x) {
  return x > eps<T> ? 1 : x < -eps<T> ? -1 : 0;
}
__extension__ template <class T> using wide_t =  // products
    std::conditional_t<std::is_integral_v<T>, __int128, T>;
template <class T> using real_t =
    std::conditional_t<is_exact_v<T>, double, T>;

#endif

// 3d/point3.hpp: Point3<T>, a 3-D point or vector, and
// orient3d(a, b, c, d), the side of d against the plane abc.
// Point3: + - * /, dot, cross (a vector), norm2, norm, unit;
//   ==, != and < exact, < lexicographic (for sort, set, map).
//   Point3<Q>(p): explicit conversion, each coordinate cast.
//   dot, norm2 and dist2 return wide_t<T> (__int128 for
//   integers); norm, dist and unit are taken on real_t<T>
//   coordinates (so they never overflow in T; floating:
//   the squared length must neither overflow nor underflow,
//   1e-154 < |v| < 1e154 for double). dist2(a, b),
//   dist(a, b): hidden friends, call them unqualified.
// in_range(p, bound): debug precondition: finite (floating),
//   |x|,|y|,|z| <= bound (integers), else true.
// orient3d(a, b, c, d): the sign of ((b - a) x (c - a)) .
//   (d - a): +1 when d lies on the side the normal of abc
//   points to (seen from d, a -> b -> c turns counter-
//   clockwise), -1 on the other side, 0 coplanar. Exact T:
//   exact. Floating: 0 iff the tetrahedron's smallest
//   altitude |det| / (largest |face normal|) is <= eps (a
//   length); evaluated on the points sorted, so every order
//   of a, b, c, d gives the same answer up to the
//   permutation's sign, bit for bit.
// Time: O(1) each.
// Precision: long long: exact for |x|,|y|,|z| <= 1e9
//   (asserted in orient3d): differences <= 2e9, cross <= 8e18
//   per coordinate, dot in __int128 (|det| <= 4.8e28); dot,
//   norm2, dist2 exact while the sum fits __int128 (vectors
//   to 7e18 per coordinate; not every vector at 8e18, but
//   the cross product of two differences of points in range
//   does: |u x v|^2 <= |u|^2 |v|^2 <= 1.44e38). Floating: the
//   determinant is rounded (error <= 10u |b - a| |c - a| |d
//   - a| on the sorted points, u = 2^-53, FMA or not; 2.7u
//   seen), so the eps decision is that of the exact altitude
//   unless that is within 10u |b - a| |c - a| |d - a| /
//   (largest |face normal|) of eps.
// Degenerate: two equal points give 0; unit() of the zero
//   vector is (NaN, NaN, NaN).
// Source: KACTL Point3D.h (one template for every type);
//   Shewchuk, "Adaptive Precision Floating-Point Arithmetic"
//   (1997), for orient3d's sign convention and error bound.
// Tests: unit 3d_point3_test; property 3d_point3_prop.
#ifndef GEO_3D_POINT3_HPP
#define GEO_3D_POINT3_HPP

template <class T> struct Point3 {
  typedef Point3 P;
  T x, y, z;
  Point3(T a = 0, T b = 0, T c = 0) : x(a), y(b), z(c) {}
  template <class U> explicit Point3(Point3<U> p)
      : P(T(p.x), T(p.y), T(p.z)) {}
  P operator+(P p) const {
    return {x + p.x, y + p.y, z + p.z};
  }
  P operator-(P p) const {
    return {x - p.x, y - p.y, z - p.z};
  }
  P operator*(T k) const { return {x * k, y * k, z * k}; }
  P operator/(T k) const { return {x / k, y / k, z / k}; }
  bool operator==(P p) const {
    return x == p.x && y == p.y && z == p.z;
  }
  bool operator!=(P p) const { return !(*this == p); }
  bool operator<(P p) const {
    return std::tie(x, y, z) < std::tie(p.x, p.y, p.z);
  }
  wide_t<T> dot(P p) const {
    using W = wide_t<T>;
    return W(x) * p.x + W(y) * p.y + W(z) * p.z;
  }
  P cross(P p) const {
    return {y * p.z - z * p.y, z * p.x - x * p.z,
            x * p.y - y * p.x};
  }
  wide_t<T> norm2() const { return dot(*this); }
  real_t<T> norm() const {
    auto r = Point3<real_t<T>>(*this);
    return std::sqrt(r.dot(r));
  }
  auto unit() const {
    return Point3<real_t<T>>(*this) / norm();
  }
  friend wide_t<T> dist2(P a, P b) { return (a - b).norm2(); }
  friend real_t<T> dist(P a, P b) { return (a - b).norm(); }
};

template <class T> bool in_range(Point3<T> p, long long b) {
  if constexpr (std::is_integral_v<T>)
    return std::min({p.x, p.y, p.z}) >= -b &&
           std::max({p.x, p.y, p.z}) <= b;
  return (p - p).norm2() == 0;  // finite
}

template <class T> int orient3d(Point3<T> a, Point3<T> b,
                                Point3<T> c, Point3<T> d) {
  assert(in_range(a, 1000000000) && in_range(b, 1000000000) &&
         in_range(c, 1000000000) && in_range(d, 1000000000));
  if constexpr (is_exact_v<T>) {
    auto v = (b - a).cross(c - a).dot(d - a);
    return (v > 0) - (v < 0);
  } else {
    if (b < a) return -orient3d(b, a, c, d);
    if (c < b) return -orient3d(a, c, b, d);
    if (d < c) return -orient3d(a, b, d, c);
    if (a == b || b == c || c == d) return 0;
    auto n = (b - a).cross(c - a);
    T v = n.dot(d - a),
      F = std::max({n.norm2(), (b - a).cross(d - a).norm2(),
                    (c - a).cross(d - a).norm2(),
                    (c - b).cross(d - b).norm2()});
    return v * v <= eps<T> * eps<T> * F ? 0 : v > 0 ? 1 : -1;
  }
}

#endif

// 3d/hull.hpp: 3-D convex hull (randomized incremental, one
// conflict face per point).
// hull3d(p): Hull3 h. h.f: the hull's faces, triangles of
//   indices into p, each outward (orient3d(p[a], p[b], p[c],
//   q) <= 0 for every input point q; floating: on the
//   lattice below) and non-degenerate, a closed surface;
//   their vertices are exactly the corners. h.v: the corners,
//   increasing (distinct input points that are extreme: not
//   inside the hull, a face or an edge; one index per distinct
//   point, the copy the hull used).
// Volume and area: volume6(p, h.f), surface_area(p, h.f) of
//   3d/polyhedron.hpp (0 and the polygon's area when planar).
// Time: O(n log n) expected in general position (a point's
//   walk over the removed faces it sees is paid by the
//   conflicts of Clarkson-Shor's bound); coplanar points: no
//   facet is re-triangulated as a whole (docs/3d/hull.md:
//   measured on pyramids, prisms, lattices). Insertion order
//   shuffled by a fixed seed (same input, same output).
//   3d/hull_fast.hpp: the same contract, faster.
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; asserted). Floating: the dimension is
//   decided with eps as a length (all within eps of p[0]: one
//   point; of the line ab: a segment; of the plane abc by
//   orient3d: flat); then each x becomes the long long point
//   round((x - p[0]) / g), g the least power of 2 above
//   max(eps / 4, (largest distance from p[0]) / 1e9) (flat:
//   the coordinate along which the normal of abc is longest
//   set to 0), and h is the exact hull of those points: a
//   closed surface whatever the rounding, exact for integer
//   -valued input (g divides exactly); every input point
//   within sqrt(3) g of the hull of the corners (solid; flat:
//   of the polygon projected along that axis). Points
//   rounded to one lattice point are one point.
// Degenerate: empty -> no face, no corner; all equal (within
//   eps) -> v = {0}; all collinear (within eps of the line
//   ab) -> v = the two ends; all coplanar -> f triangulates
//   the convex polygon once (normals to one side), v its
//   corners. Duplicates,
//   collinear and coplanar subsets: any number.
//   NaN or infinite coordinates: a precondition (asserted).
// Source: de Berg, Cheong, van Kreveld, Overmars, Comp. Geom.
//   (3rd ed.), ch. 11 (Lemma 11.4: a point outside a new face
//   is outside one of the two old faces at its horizon edge);
//   Clarkson and Shor, DCG 4 (1989); Barber, Dobkin,
//   Huhdanpaa, ACM TOMS 22 (1996) (one conflict face per
//   point).
// Tests: unit 3d_hull_test (both variants, a 40001-point
//   pyramid); property 3d_hull_prop (both variants); judge
//   convex_hull_3d (hull_fast; its pyramids take hull3d's
//   path).
#ifndef GEO_3D_HULL_HPP
#define GEO_3D_HULL_HPP

struct Hull3 {
  std::vector<std::array<int, 3>> f;
  std::vector<int> v;
};

template <class T> Hull3 hull3d(std::vector<Point3<T>> p) {
  using I = unsigned;                             // indices
  auto [n, h] = std::pair(I(p.size()), Hull3());  // h: result
  std::vector<I> o(n), at(n + 1), V, Z, K(n + 1), D(2);
  for (I i = n; i--;) o[i] = i, assert(in_range(p[i], 1e9));
  if (!n) return {};
  auto far = [&](auto k, I r = 0) {  // first largest k(i)
    for (I i : o) r = k(i) > k(r) ? i : r;
    return r;
  };
  auto a = p[0];
  I b = far([&](I i) { return dist2(a, p[i]); }), c, d, e;
  auto m = [&](I i) { return (p[b] - a).cross(p[i] - a); };
  if (dist2(a, p[b]) <= eps<T> * eps<T>) return {{}, {0}};
  c = far([&](I i) { return m(i).norm2(); });
  if (m(c).norm2() <= eps<T> * eps<T> * dist2(a, p[b]))
    return d = far([&](I i) { return dist2(p[b], p[i]); }),
           Hull3{{}, {int(d < b ? d : b), int(d < b ? b : d)}};
  std::vector<std::array<I, 3>> F{{0, b, c}, {0, c, b}},
      B{{1, 1, 1}, {0, 0, 0}};       // B[f][k]: across edge k
  std::vector<std::vector<I>> C(2);  // C[f]: points out of f
  auto s = [&](I q, I f = 0) {       // F[0]: the plane abc
    return orient3d(p[F[f][0]], p[F[f][1]], p[F[f][2]], p[q]);
  };
  d = far([&](I i) { return s(i) != 0; });
  if constexpr (!is_exact_v<T>) {  // exact, on a lattice
    auto [N, g] = std::pair(m(c), dist(a, p[b]) / T(1e9));
    g = std::max(g, eps<T> / 4);  // then up to a power of 2:
    g = std::ldexp(T(1), std::ilogb(g) + 1);  // exact division
    T x = std::abs(N.x), y = std::abs(N.y), z = std::abs(N.z);
    auto r = [](T t) { return std::llround(t); };
    std::vector<Point3<long long>> q;
    for (auto v : p) {
      v = (v - a) / g;
      if (!s(d))  // flat: drop the axis N is longest along
        (x >= std::max(y, z) ? v.x : y >= z ? v.y : v.z) = 0;
      q.emplace_back(r(v.x), r(v.y), r(v.z));
    }
    return hull3d(q);
  }
  // flat (no d off the plane abc): d = an apex 1 to 3 off a,
  // towards 0
  if (p.push_back(a); !s(d)) d = n;
  for (T* x : {&p[n].x, &p[n].y, &p[n].z})
    if (!s(d)) *x += *x > 0 ? -1 : 1;
  std::shuffle(o.begin(), o.end(), std::mt19937_64(n));
  // d first; a point on the plane goes to the face d sees
  // (s is -1, 0 or 1: the sign of 2 s(q) + s(d) is s(q)'s, or
  // s(d)'s when s(q) = 0)
  o.insert(o.begin(), d);
  for (I q : o) C[K[q] = 2 * s(q) + s(d) < 0].push_back(q);
  for (I i : o) {
    if (D[K[i]]) continue;  // K[i]: a live face i is out of
    // a corner w of f stops being one: i on or out of all the
    // faces around w (across the edge into w)
    auto gone = [&](I f) {  // i out of f, or on it and a
      if (int t = s(i, f)) return t > 0;  // corner of f goes
      for (I w : F[f])
        for (I g = f; s(i, g) >= 0;)
          if ((g = B[g][F[g][0] == w ? 2 : F[g][2] == w]) == f)
            return true;
      return false;
    };
    // V: the faces i is out of, and those of dropped corners
    V = {K[i]}, D[K[i]] = n, e = I(F.size());
    for (I j = 0; j < V.size(); j++)
      for (I g : B[V[j]])
        if (!D[g] && gone(g)) D[g] = n, V.push_back(g);
    for (I f : V)
      for (I k = 0; k < 3; k++)  // horizon edge u -> v: new
        // face G = (u, v, i) beside the kept g, at[u] = G
        if (I g = B[f][k], u = F[f][k]; !D[g])
          at[u] = B[f][k] = I(F.size()), B.push_back({g}),
          B[g][F[g][0] == u ? 2 : F[g][2] == u] = B[f][k],
          F.push_back({u, F[f][(k + 1) % 3], i});
    for (I G = e; G < F.size(); G++)
      B[G][1] = at[F[G][1]], B[at[F[G][1]]][2] = G;
    // q of a removed face walks the removed faces it is out of
    // (Z; D[f] = ~q: dead, seen by q) to the horizon: a new
    // face there, or the kept face beside it, if q is out of
    // any live face (hull.md)
    C.resize(F.size()), D.resize(F.size());
    for (I f : V)
      for (I q : std::exchange(C[f], {}))
        for (I z = (Z = {f}, D[f] = ~q, 0);
             z < Z.size() && D[K[q]]; z++)
          for (I y : B[Z[z]])
            if (D[y] && D[y] != ~q && (D[y] = ~q, s(q, y) > 0))
              Z.push_back(y);
            else if (!D[y])
              for (I x : {y, B[y][0]})
                if (D[K[q]] && s(q, x) > 0)
                  C[K[q] = x].push_back(q);
  }
  // the faces' vertices are the corners
  for (I g = 0; g < F.size(); g++)
    if (auto [x, y, z] = F[g]; std::max({x, y, z, D[g]}) < n)
      h.f.push_back({int(x), int(y), int(z)}),
          K[x] = K[y] = K[z] = g;
  for (I y = 0; y < n; y++)
    if (!D[K[y]]) h.v.push_back(int(y));
  return std::move(h);
}

#endif

// 3d/hull_fast.hpp: hull3d's contract, faster for long long.
// hull3d_fast(p): a Hull3 with the corners h.v of hull3d(p)
//   (a repeated corner may be named by another copy) and faces
//   h.f meeting the same contract (the same surface, vertices
//   the corners; which diagonals cut a facet may differ).
//   Types other than long long, fewer than 4 points, and
//   inputs whose extreme points in the 8 directions
//   (+-1, +-1, +-1) span no solid (so all points equal,
//   collinear or coplanar) go to hull3d itself (the same
//   output).
// Time: as hull3d (O(n log n) expected in general
//   position, hull.md on coplanar input); per point flat in a
//   cube, on a sphere 1.09x from 1e5 to 1e6
//   (tests/bench/README.md). A pass drops the points inside
//   the hull H of the 8 extremes by more than the rounding
//   bound (Akl-Toussaint); the rest is sorted along a Morton
//   curve and inserted in a biased randomized order (shuffled
//   rounds of doubling size, Morton order in each; fixed
//   seed), starting from a face of H; hull3d's steps (faces
//   removed, a point's walk over the removed faces it sees),
//   the conflict lists linked through the points, faces
//   recycled, each face's plane kept as doubles: a side is its
//   sign unless within the rounding bound, else orient3d.
// Precision: long long: exact in the coordinate range
//   (asserted): the normal N = (b - a) x (c - a) is exact in
//   long long (<= 8e18 per coordinate); rounding it to doubles
//   and the two dot products err by at most ~13 u |N|_1 M <=
//   2.5e-15 |N|_2 M (u = 2^-53, M = 1e9 the coordinate
//   bound); the filter answers only beyond 7e-6 |N|_2.
//   Other types: as hull3d.
// Degenerate: as hull3d (its own code decides them).
// Source: Amenta, Choi, Rote, "Incremental constructions con
//   BRIO", SoCG 2003 (the order keeps the expected bound);
//   Akl and Toussaint, IPL 7 (1978) (dropping inside points);
//   Barber, Dobkin, Huhdanpaa, ACM TOMS 22 (1996) (one outside
//   set per point); Shewchuk (1997) (filtered predicates).
// Tests: unit 3d_hull_fast_test, 3d_hull_test (both
//   variants); property 3d_hull_prop (both variants); judge
//   convex_hull_3d; bench hull3d_bench.
#ifndef GEO_3D_HULL_FAST_HPP
#define GEO_3D_HULL_FAST_HPP

template <class V> auto hull3d_fast(V p) { return hull3d(p); }
inline Hull3 hull3d_fast(std::vector<Point3<long long>> p) {
  using I = unsigned;
  I n = I(p.size()), N = ~I(0), m, d = 0;
  if (n < 4) return hull3d(std::move(p));
  using D = Point3<double>;
  struct Face {  // plane in doubles: n . x = w, error bound e
    std::array<I, 3> v, nb;
    I head, dead, seen;
    D n;
    double w, e;
    I& across(I u) { return nb[v[0] == u ? 2 : v[2] == u]; }
  };
  std::vector<Face> F;
  decltype(p) q;  // the 8 extremes, then the kept points
  std::vector<I> id(8), K, nx, at, V, nf, o, fr, Z, c3(n);
  auto add = [&](I u, I v, I w, I g = 0) {
    D t((q[v] - q[u]).cross(q[w] - q[u]));
    double e = 7e-6 * t.norm();
    if (fr.empty()) fr = {I(F.size())}, F.emplace_back();
    I G = fr.back();  // a free face
    F[G] = {{u, v, w}, {g}, N, 0, N, t, t.dot(D(q[u])), e};
    return fr.pop_back(), nf.push_back(G), G;
  };
  auto side = [&](Face& g, I i) {
    double x = g.n.dot(D(q[i])) - g.w;
    if (std::fabs(x) > g.e) return x > 0 ? 1 : -1;
    return orient3d(q[g.v[0]], q[g.v[1]], q[g.v[2]], q[i]);
  };
  auto link = [&](I i, I g) {
    K[i] = g, nx[i] = F[g].head, F[g].head = i;
  };
  auto key = [](I t, auto r) {
    assert(in_range(r, 1e9));
    return (t & 1 ? r.x : -r.x) + (t & 2 ? r.y : -r.y) +
           (t & 4 ? r.z : -r.z);
  };
  // id: the extremes in the directions (+-1, +-1, +-1)
  for (I i = 0; i < n; i++)
    for (I t = 0; t < 8; t++)
      if (key(t, p[i]) > key(t, p[id[t]])) id[t] = i;
  for (I t : id) q.push_back(p[t]);
  auto H = hull3d(q);  // flat (F < V; solid: F = 2V - 4)
  if (H.f.size() < H.v.size()) return hull3d(std::move(p));
  for (auto [x, y, z] : H.f) add(I(x), I(y), I(z));
  std::vector<std::pair<unsigned long long, I>> mo;
  for (I i = 0; i < n; i++) {  // drop the points inside H
    unsigned long long k = 1;  // 1: inside H by a margin
    for (auto& g : F) k &= g.n.dot(D(p[i])) - g.w < -g.e;
    if (k) continue;
    long long c[3] = {p[i].x, p[i].y, p[i].z};  // Morton key
    for (I b = 93; --b > 29;) k += k + (c[b % 3] >> b / 3 & 1);
    mo.push_back({k, i});
  }
  std::sort(mo.begin(), mo.end());
  for (auto [k, i] : mo) q.push_back(p[i]), id.push_back(i);
  m = I(q.size()), K.assign(m, N), nx = at = o = K;
  while (side(F[d], 0) >= 0) d++;  // start: face d both ways
  auto [a, b, c] = F[d].v;         // (q[0] is below it)
  F.clear(), add(a, b, c), add(a, c, b), F[0].nb = {1, 1, 1};
  for (I i = m; i--;) link(i, side(F[0], i) <= 0), o[i] = i;
  std::shuffle(o.begin() + 1, o.end(), std::mt19937_64(m));
  for (I r = 1; r < m; r *= 2)  // BRIO rounds [r, 2r)
    std::sort(o.begin() + r, o.begin() + std::min(2 * r, m));
  for (I i : o) {
    if (K[i] == N) continue;
    // f goes: i out of f, or on it and a corner w of f stops
    // being one (i on or out of all the faces around w; the
    // walk crosses the edge into w), as in hull3d
    auto gone = [&](I f) {
      if (int t = side(F[f], i)) return t > 0;
      for (I w : F[f].v)
        for (I g = f; side(F[g], i) >= 0;)
          if ((g = F[g].across(w)) == f) return true;
      return false;
    };
    V = {K[i]}, F[K[i]].dead = 1, nf.clear();
    for (I j = 0; j < V.size(); j++)
      for (I g : F[V[j]].nb)
        if (!F[g].dead && gone(g))
          F[g].dead = 1, V.push_back(g);
    for (I f : V)
      for (I k = 0; k < 3; k++)  // horizon edge k: u -> v
        if (I g = F[f].nb[k], u = F[f].v[k]; !F[g].dead)
          at[u] = F[f].nb[k] =
              add(u, F[f].v[(k + 1) % 3], i, g),
          F[g].across(u) = at[u];
    for (I G : nf)
      F[G].nb[1] = at[F[G].v[1]], F[F[G].nb[1]].nb[2] = G;
    // a point j of a removed face walks the removed faces it
    // is out of (Z) to the horizon: a new face there, or the
    // kept face beside it, if j is out of any live face
    // (hull.md)
    for (I f : V)
      for (I j = F[f].head, t; j != N; j = t) {
        t = nx[j], K[j] = N, Z = {f}, F[f].seen = j;
        for (I z = 0; z < Z.size() && K[j] == N; z++)
          for (I y : F[Z[z]].nb)
            if (F[y].dead && F[y].seen != j &&
                (F[y].seen = j, side(F[y], j) > 0))
              Z.push_back(y);
            else if (!F[y].dead)
              for (I x : {y, F[y].nb[0]})
                if (K[j] == N && side(F[x], j) > 0) link(j, x);
      }
    fr.insert(fr.end(), V.begin(), V.end());
  }
  Hull3 h;
  for (auto& f : F)
    if (!f.dead) {
      for (I& x : f.v) c3[x = id[x]] = 1;
      h.f.push_back({int(f.v[0]), int(f.v[1]), int(f.v[2])});
    }
  for (I i = 0; i < n; i++)
    if (c3[i]) h.v.push_back(int(i));
  return h;
}

#endif

}  // namespace geo
