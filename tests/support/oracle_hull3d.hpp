// oracle_hull3d.hpp: exact brute-force oracle for geometry/3d/hull.hpp (tests only).
// Independent of the library (the rule of oracle.hpp): points enter through .x/.y/.z, are
// converted exactly with oracle::q, and every decision is made here in rationals.
//
//   Q3, q3(p)                an exact 3-D point
//   orient(a, b, c, d)       sign of the 4x4 determinant | x y z 1 | of the rows a, b, c, d,
//                            expanded along the column of ones and negated: the sign of
//                            ((b - a) x (c - a)) . (d - a), written as four 3x3 minors
//   facets(pts)              every supporting plane of the distinct points, by brute force
//                            over all non-collinear triples with every point on one closed
//                            side: the outward normal, a point on it, the points on it. O(n^4).
//   corners(pts)             the distinct points not in the convex hull of the others
//                            (Caratheodory: not equal to one, not on a segment of two, not in
//                            a triangle of three, not in a tetrahedron of four). O(n^5).
//   volume6(pts)             6 x the hull's volume: sum over facets of (n . (x_F - o)) A2_F
//                            / |n_k|, A2_F twice the area of the facet's 2-D hull (monotone
//                            chain) after dropping the axis k of n, o an input point.
//   area(pts)                the surface area (double from exact parts); a planar set: its
//                            polygon's area once.
//   check_hull3d(in, h)      "" if h (faces f, corners v) is exactly the documented result
//                            of hull3d(in) for exact decisions, else what is wrong.
//   xy_corner_indices(pts)   the points whose (x, y) projection is a corner of the
//                            projections' hull (corners() with z = 0), increasing.
//   xy_apart(pts, h)         a precondition in doubles: every triangle of projections has
//                            its least altitude above h.
//   lattice(pts, eps, k)     the floating contract's lattice, from its documented formula:
//                            round((x - pts[0]) / g), g the least power of 2 above
//                            max(eps / 4, max |x - pts[0]| / 1e9); k >= 0: that
//                            coordinate set to 0 (a flat set projected along axis k).
//   check_lattice_hull(pts, eps, h)
//                            "" if h is check_hull3d's exact answer on lattice(pts, eps) or,
//                            for a flat h, on lattice(pts, eps, k) for some axis k (the
//                            library's choice depends on its plane abc); else what is wrong.
//                            No face and one or two corners not the lattice's answer (the eps
//                            tests before the lattice): every point within 2 eps of them.
#pragma once
#include "oracle.hpp"
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace oracle_hull3d {

using oracle::Q;

struct Q3 {
  Q x, y, z;
};
template <class P> Q3 q3(const P& p) { return Q3{oracle::q(p.x), oracle::q(p.y), oracle::q(p.z)}; }
inline bool same(const Q3& a, const Q3& b) { return a.x == b.x && a.y == b.y && a.z == b.z; }
inline bool before(const Q3& a, const Q3& b) {
  return a.x != b.x ? a.x < b.x : a.y != b.y ? a.y < b.y : a.z < b.z;
}
inline Q3 sub(const Q3& a, const Q3& b) { return Q3{a.x - b.x, a.y - b.y, a.z - b.z}; }
inline Q dot(const Q3& a, const Q3& b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
inline Q3 cross(const Q3& a, const Q3& b) {
  return Q3{a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}
inline bool zero(const Q3& a) { return a.x == 0 && a.y == 0 && a.z == 0; }
inline Q minor3(const Q3& a, const Q3& b, const Q3& c) {  // det of the rows a, b, c
  return a.x * (b.y * c.z - b.z * c.y) - a.y * (b.x * c.z - b.z * c.x) +
         a.z * (b.x * c.y - b.y * c.x);
}
inline Q det(const Q3& a, const Q3& b, const Q3& c, const Q3& d) {
  return minor3(b, c, d) - minor3(a, c, d) + minor3(a, b, d) - minor3(a, b, c);
}
inline int orient(const Q3& a, const Q3& b, const Q3& c, const Q3& d) {
  return oracle::sign(det(a, b, c, d));
}

template <class P> std::vector<Q3> distinct(const std::vector<P>& pts) {
  std::vector<Q3> v;
  for (auto& p : pts) v.push_back(q3(p));
  std::sort(v.begin(), v.end(), before);
  v.erase(std::unique(v.begin(), v.end(), same), v.end());
  return v;
}

struct Facet {
  Q3 n, x;             // outward normal, a point on the plane
  std::vector<int> on;  // indices (into the distinct points) on the plane
};

inline std::vector<Facet> facets(const std::vector<Q3>& p) {
  const int n = static_cast<int>(p.size());
  std::vector<Facet> out;
  std::set<std::vector<int>> seen;
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      for (int k = j + 1; k < n; k++) {
        Q3 m = cross(sub(p[j], p[i]), sub(p[k], p[i]));
        if (zero(m)) continue;
        int pos = 0, neg = 0;
        std::vector<int> on;
        for (int l = 0; l < n; l++) {
          const int s = oracle::sign(Q(dot(m, sub(p[l], p[i]))));
          pos += s > 0, neg += s < 0;
          if (s == 0) on.push_back(l);
        }
        if ((pos && neg) || !seen.insert(on).second) continue;
        if (pos) m = Q3{-m.x, -m.y, -m.z};
        if (pos || neg) out.push_back(Facet{m, p[i], on});
        else {  // a planar set: both sides are supporting
          out.push_back(Facet{m, p[i], on});
          out.push_back(Facet{Q3{-m.x, -m.y, -m.z}, p[i], on});
        }
      }
  return out;
}

inline bool on_segment(const Q3& x, const Q3& a, const Q3& b) {
  const Q3 d = sub(b, a), v = sub(x, a);
  if (!zero(cross(v, d))) return false;
  const Q t = dot(v, d);
  return t >= 0 && t <= dot(d, d);
}
inline bool in_triangle(const Q3& x, const Q3& a, const Q3& b, const Q3& c) {
  const Q3 m = cross(sub(b, a), sub(c, a));
  if (zero(m) || dot(m, sub(x, a)) != 0) return false;
  return dot(cross(sub(b, a), sub(x, a)), m) >= 0 && dot(cross(sub(c, b), sub(x, b)), m) >= 0 &&
         dot(cross(sub(a, c), sub(x, c)), m) >= 0;
}
inline bool in_tetra(const Q3& x, const Q3& a, const Q3& b, const Q3& c, const Q3& d) {
  const int s = orient(a, b, c, d);
  if (s == 0) return false;
  return orient(x, b, c, d) * s >= 0 && orient(a, x, c, d) * s >= 0 &&
         orient(a, b, x, d) * s >= 0 && orient(a, b, c, x) * s >= 0;
}

// The distinct points that are not in the convex hull of the other distinct points.
inline std::vector<Q3> corners(const std::vector<Q3>& p) {
  const int n = static_cast<int>(p.size());
  std::vector<Q3> out;
  for (int i = 0; i < n; i++) {
    std::vector<Q3> o;
    for (int j = 0; j < n; j++)
      if (j != i) o.push_back(p[j]);
    const int m = n - 1;
    bool inside = false;
    for (int a = 0; a < m && !inside; a++)
      for (int b = a + 1; b < m && !inside; b++) {
        inside = on_segment(p[i], o[a], o[b]);
        for (int c = b + 1; c < m && !inside; c++) {
          inside = in_triangle(p[i], o[a], o[b], o[c]);
          for (int d = c + 1; d < m && !inside; d++) inside = in_tetra(p[i], o[a], o[b], o[c], o[d]);
        }
      }
    if (!inside) out.push_back(p[i]);
  }
  return out;
}

// Twice the area of the 2-D convex hull of (u[k], w[k]) (monotone chain in rationals).
inline Q hull_area2(std::vector<std::array<Q, 2>> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  if (v.size() < 3) return 0;
  auto turn = [](const std::array<Q, 2>& o, const std::array<Q, 2>& a, const std::array<Q, 2>& b) {
    return Q((a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]));
  };
  std::vector<std::array<Q, 2>> h;
  for (int pass = 0; pass < 2; pass++) {
    const std::size_t start = h.size();
    for (auto& q : v) {
      while (h.size() >= start + 2 && turn(h[h.size() - 2], h.back(), q) <= 0) h.pop_back();
      h.push_back(q);
    }
    h.pop_back();
    std::reverse(v.begin(), v.end());
  }
  Q s = 0;
  for (std::size_t i = 0; i < h.size(); i++) {
    const auto& a = h[i];
    const auto& b = h[(i + 1) % h.size()];
    s += a[0] * b[1] - a[1] * b[0];
  }
  return s < 0 ? Q(-s) : s;
}

// Projection dropping the axis k where the normal m is largest (nonzero): twice the projected
// area, and |m_k|.
inline Q projected_area2(const std::vector<Q3>& pts, const Q3& m, Q& mk) {
  const Q ax = abs(m.x), ay = abs(m.y), az = abs(m.z);
  const int k = ax >= ay && ax >= az ? 0 : ay >= az ? 1 : 2;
  mk = k == 0 ? ax : k == 1 ? ay : az;
  std::vector<std::array<Q, 2>> v;
  for (auto& q : pts)
    v.push_back(k == 0 ? std::array<Q, 2>{q.y, q.z}
                       : k == 1 ? std::array<Q, 2>{q.z, q.x} : std::array<Q, 2>{q.x, q.y});
  return hull_area2(v);
}

inline bool planar(const std::vector<Q3>& p) {
  for (std::size_t i = 2; i < p.size(); i++)
    for (std::size_t j = i + 1; j < p.size(); j++)
      if (!zero(cross(sub(p[1], p[0]), sub(p[i], p[0]))) && orient(p[0], p[1], p[i], p[j]) != 0)
        return false;
  return true;
}

inline Q volume6(const std::vector<Q3>& p) {
  Q s = 0;
  if (p.empty() || planar(p)) return s;
  for (auto& f : facets(p)) {
    std::vector<Q3> on;
    for (int i : f.on) on.push_back(p[i]);
    Q mk;
    const Q a2 = projected_area2(on, f.n, mk);
    s += dot(f.n, sub(f.x, p[0])) * a2 / mk;
  }
  return s;
}

inline double area(const std::vector<Q3>& p) {
  double s = 0;
  const auto fs = facets(p);
  for (auto& f : fs) {
    std::vector<Q3> on;
    for (int i : f.on) on.push_back(p[i]);
    Q mk;
    const Q a2 = projected_area2(on, f.n, mk);
    s += std::sqrt(static_cast<double>(Q(dot(f.n, f.n) / (mk * mk)))) * static_cast<double>(a2) / 2;
    if (planar(p)) break;  // both sides listed: count the polygon once
  }
  return s;
}

// h: anything with members f (faces, index triples) and v (corner indices).
template <class P, class H> std::string check_hull3d(const std::vector<P>& in, const H& h) {
  const int n = static_cast<int>(in.size());
  std::vector<Q3> e;
  for (auto& p : in) e.push_back(q3(p));
  const std::vector<Q3> d = distinct(in);
  // corners: exactly the extreme points, one index each, increasing
  std::vector<Q3> got;
  for (std::size_t i = 0; i < h.v.size(); i++) {
    if (h.v[i] < 0 || h.v[i] >= n) return "corner index out of range";
    if (i && h.v[i] <= h.v[i - 1]) return "corners not increasing";
    got.push_back(e[h.v[i]]);
  }
  std::sort(got.begin(), got.end(), before);
  if (std::adjacent_find(got.begin(), got.end(), same) != got.end()) return "a corner twice";
  std::vector<Q3> want = d.size() <= 1 ? d : corners(d);
  if (d.size() >= 2 && want.size() == 0) return "oracle: no corner";
  if (got.size() != want.size() || !std::equal(got.begin(), got.end(), want.begin(), same))
    return "corners differ: got " + std::to_string(got.size()) + ", want " + std::to_string(want.size());
  const bool flat = d.size() < 3 || planar(d);
  bool line = true;
  for (std::size_t i = 2; i < d.size(); i++) line = line && zero(cross(sub(d[1], d[0]), sub(d[i], d[0])));
  if (line) return h.f.empty() ? "" : "faces for a point set of dimension < 2";
  if (h.f.empty()) return "no faces";
  // every face: valid, non-degenerate, every input point on its inner closed side
  std::map<std::pair<int, int>, int> edges;
  Q3 n0{0, 0, 0};
  Q faces6 = 0, a2sum = 0;
  for (auto& f : h.f) {
    for (int x : f)
      if (x < 0 || x >= n) return "face index out of range";
    const Q3 m = cross(sub(e[f[1]], e[f[0]]), sub(e[f[2]], e[f[0]]));
    if (zero(m)) return "degenerate face";
    for (auto& q : e)
      if (orient(e[f[0]], e[f[1]], e[f[2]], q) > 0) return "a point outside a face";
    for (int k = 0; k < 3; k++) edges[{f[k], f[(k + 1) % 3]}]++;
    faces6 += det(e[f[0]], e[f[1]], e[f[2]], e[0]);  // <= 0: e[0] is inside
    if (flat) {
      if (zero(n0)) n0 = m;
      if (dot(n0, m) <= 0) return "planar faces not all facing one side";
      Q mk;
      a2sum += projected_area2({e[f[0]], e[f[1]], e[f[2]]}, n0, mk);
    }
  }
  if (flat) {  // the faces tile the polygon once: projected areas add up to its area
    Q mk;
    if (a2sum != projected_area2(d, n0, mk)) return "planar faces do not tile the polygon";
    return "";
  }
  for (auto& [uv, c] : edges) {
    if (c != 1) return "a directed edge twice";
    auto it = edges.find({uv.second, uv.first});
    if (it == edges.end()) return "surface not closed";
  }
  if (Q(-faces6) != volume6(d)) return "faces' volume differs from the hull's";
  return "";
}

// The indices of the points whose (x, y) projection is a corner of the projections' hull
// (corners() of the points with z = 0), increasing; the projections must be distinct.
template <class P> std::vector<int> xy_corner_indices(const std::vector<P>& pts) {
  std::vector<Q3> xy;
  for (auto& p : pts) xy.push_back(Q3{oracle::q(p.x), oracle::q(p.y), Q(0)});
  std::vector<int> out;
  for (auto& c : corners(xy))
    for (std::size_t i = 0; i < xy.size(); i++)
      if (same(xy[i], c)) out.push_back(static_cast<int>(i));
  std::sort(out.begin(), out.end());
  return out;
}
// A test precondition (doubles, not exact): every triangle of the points' (x, y) projections
// has its least altitude above h, so no eps decision of the library is near a tie.
template <class P> bool xy_apart(const std::vector<P>& pts, double h) {
  for (std::size_t i = 0; i < pts.size(); i++)
    for (std::size_t j = i + 1; j < pts.size(); j++)
      for (std::size_t k = j + 1; k < pts.size(); k++) {
        const auto &a = pts[i], &b = pts[j], &c = pts[k];
        const double area2 = std::fabs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
        if (area2 <= h * std::max({std::hypot(b.x - a.x, b.y - a.y), std::hypot(c.x - a.x, c.y - a.y),
                                   std::hypot(c.x - b.x, c.y - b.y)}))
          return false;
      }
  return true;
}

struct L3 {
  long long x, y, z;
};
template <class P> std::vector<L3> lattice(const std::vector<P>& pts, double eps, int k = -1) {
  using T = decltype(pts[0].x);
  T g = T(eps) / 4;
  for (auto& p : pts) {
    const T dx = p.x - pts[0].x, dy = p.y - pts[0].y, dz = p.z - pts[0].z;
    g = std::max(g, std::sqrt(dx * dx + dy * dy + dz * dz) / T(1e9));
  }
  int e = 0;
  std::frexp(g, &e);  // g = m 2^e, 1/2 <= m < 1
  g = std::ldexp(T(1), e);
  std::vector<L3> out;
  for (auto& p : pts) {
    long long c[3] = {std::llround((p.x - pts[0].x) / g), std::llround((p.y - pts[0].y) / g),
                      std::llround((p.z - pts[0].z) / g)};
    if (k >= 0) c[k] = 0;
    out.push_back(L3{c[0], c[1], c[2]});
  }
  return out;
}
template <class P, class H> std::string check_lattice_hull(const std::vector<P>& pts, double eps, const H& h) {
  const std::string solid = check_hull3d(lattice(pts, eps), h);
  if (solid.empty()) return "";
  if (h.f.empty() && (h.v.size() == 1 || h.v.size() == 2)) {  // decided by eps: one point, a segment
    const auto& a = pts[h.v[0]];
    const auto& b = pts[h.v.back()];
    const long double u[3] = {b.x - a.x, b.y - a.y, b.z - a.z}, l2 = u[0] * u[0] + u[1] * u[1] + u[2] * u[2];
    for (auto& p : pts) {  // within 2 eps of the segment (eps of the line ab the library chose)
      const long double w[3] = {p.x - a.x, p.y - a.y, p.z - a.z};
      const long double t = l2 > 0 ? std::clamp((w[0] * u[0] + w[1] * u[1] + w[2] * u[2]) / l2, 0.0L, 1.0L) : 0;
      const long double d[3] = {w[0] - t * u[0], w[1] - t * u[1], w[2] - t * u[2]};
      if (std::sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]) > 2 * eps * (1 + 1e-6))
        return "solid lattice: " + solid + "; a point farther than 2 eps from the one point or segment";
    }
    return "";
  }
  std::string why = "solid lattice: " + solid;
  for (int k = 0; k < 3; k++) {  // flat: projected along the axis the library chose
    const std::string flat = check_hull3d(lattice(pts, eps, k), h);
    if (flat.empty()) return "";
    why += "; flat lattice (axis " + std::to_string(k) + "): " + flat;
  }
  return why;
}

}  // namespace oracle_hull3d
