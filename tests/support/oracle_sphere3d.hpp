// oracle_sphere3d.hpp: oracles for geometry/3d/polyhedron.hpp, 3d/sphere.hpp and
// 3d/enclosing.hpp, and the meshes their tests run on.
//
// Independence (oracle.hpp's rule): nothing here calls geo:: algorithms or Point3 members;
// points enter through .x, .y, .z, converted exactly to rationals (oracle::q). Formulations
// differ from the library's:
//   volume6      the divergence theorem with the field (0, 0, z): each face contributes
//                (za + zb + zc) times the z part of its normal, i.e. twice its signed
//                projected area on the xy plane (the library: tetrahedra from an apex);
//   centroid     the divergence theorem with (x^2/2, 0, 0) etc.: each face contributes
//                N_x (xa^2 + xb^2 + xc^2 + xa xb + xb xc + xc xa) / 24, N its normal
//                (the library: tetrahedron centroids weighted by volume);
//   area         |N| / 2 per face in F (50 digits);
//   angle        2 atan2(|a^ - b^|, |a^ + b^|) with unit vectors a^, b^ in F (the library:
//                atan2(|a x b|, a . b) in double); latlon by the same formulas in F;
//   enclosing    brute force over every set of 1..4 points: the smallest sphere through
//                them (the centre by Cramer's rule on the bisector equations, in the
//                plane of three points as a 2x2 Gram system), the smallest one containing
//                every point (exact rationals: centre and r^2); min_radius(pts) its
//                radius rounded to double.
// Meshes: convex_hull_faces (brute force: every triple with all other points strictly on
// one side, for points with no three collinear and no four coplanar, checked here), box
// (12 triangles, outward), flip (every face reversed).
#pragma once
#include "oracle.hpp"
#include <boost/multiprecision/cpp_bin_float.hpp>
#include <array>
#include <optional>
#include <vector>

namespace oracle_sphere3d {

using oracle::Q;
using F = boost::multiprecision::cpp_bin_float_50;
using Faces = std::vector<std::array<int, 3>>;

struct Q3 {
  Q x, y, z;
};
template <class P> Q3 q3(const P& p) { return Q3{oracle::q(p.x), oracle::q(p.y), oracle::q(p.z)}; }
template <class P> std::vector<Q3> q3s(const std::vector<P>& v) {
  std::vector<Q3> r;
  for (const auto& p : v) r.push_back(q3(p));
  return r;
}
inline F fq(const Q& v) { return F(numerator(v)) / F(denominator(v)); }

// The normal (b - a) x (c - a), written out.
inline Q3 normal(const Q3& a, const Q3& b, const Q3& c) {
  const Q ux = b.x - a.x, uy = b.y - a.y, uz = b.z - a.z;
  const Q vx = c.x - a.x, vy = c.y - a.y, vz = c.z - a.z;
  return Q3{uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
}

// 6 x the signed volume: sum over faces of (za + zb + zc) N_z (divergence of (0, 0, z)).
inline Q volume6(const std::vector<Q3>& p, const Faces& f) {
  Q s = 0;
  for (const auto& t : f) {
    const Q3 &a = p[t[0]], &b = p[t[1]], &c = p[t[2]];
    s += (a.z + b.z + c.z) * normal(a, b, c).z;
  }
  return s;
}

// The centroid, exact (precondition: volume6 != 0).
inline Q3 centroid(const std::vector<Q3>& p, const Faces& f) {
  Q sx = 0, sy = 0, sz = 0;
  auto s2 = [](const Q& a, const Q& b, const Q& c) { return a * a + b * b + c * c + a * b + b * c + c * a; };
  for (const auto& t : f) {
    const Q3 &a = p[t[0]], &b = p[t[1]], &c = p[t[2]];
    const Q3 N = normal(a, b, c);
    sx += N.x * s2(a.x, b.x, c.x);
    sy += N.y * s2(a.y, b.y, c.y);
    sz += N.z * s2(a.z, b.z, c.z);
  }
  const Q V = volume6(p, f) / 6;  // the integral of x over the solid is sx / 24
  return Q3{sx / (24 * V), sy / (24 * V), sz / (24 * V)};
}

inline F area(const std::vector<Q3>& p, const Faces& f) {
  F s = 0;
  for (const auto& t : f) {
    const Q3 N = normal(p[t[0]], p[t[1]], p[t[2]]);
    s += sqrt(fq(Q(N.x * N.x + N.y * N.y + N.z * N.z))) / 2;
  }
  return s;
}

inline int sign_det(const Q3& a, const Q3& b, const Q3& c, const Q3& d) {  // (b-a)x(c-a).(d-a)
  const Q3 N = normal(a, b, c);
  return oracle::sign(Q(N.x * (d.x - a.x) + N.y * (d.y - a.y) + N.z * (d.z - a.z)));
}
inline bool collinear(const Q3& a, const Q3& b, const Q3& c) {
  const Q3 N = normal(a, b, c);
  return N.x == 0 && N.y == 0 && N.z == 0;
}

// No three collinear and no four coplanar (then every hull face is a triangle).
inline bool general_position(const std::vector<Q3>& p) {
  const size_t n = p.size();
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++)
      for (size_t k = j + 1; k < n; k++) {
        if (collinear(p[i], p[j], p[k])) return false;
        for (size_t l = k + 1; l < n; l++)
          if (sign_det(p[i], p[j], p[k], p[l]) == 0) return false;
      }
  return true;
}

// The convex hull's faces, outward, by brute force (precondition: general_position, n >= 4).
inline Faces convex_hull_faces(const std::vector<Q3>& p) {
  Faces out;
  const int n = static_cast<int>(p.size());
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      for (int k = j + 1; k < n; k++) {
        int pos = 0, neg = 0;
        for (int l = 0; l < n; l++)
          if (l != i && l != j && l != k) (sign_det(p[i], p[j], p[k], p[l]) > 0 ? pos : neg)++;
        if (pos == 0) out.push_back({i, j, k});  // every other point below: outward
        else if (neg == 0) out.push_back({i, k, j});
      }
  return out;
}

// The 8 corners of the box [x0, x0 + a] x [y0, y0 + b] x [z0, z0 + c] (corner i has bit 0
// for x, bit 1 for y, bit 2 for z) and its 12 outward triangles.
template <class P> std::vector<P> box_points(P o, decltype(o.x) a, decltype(o.x) b, decltype(o.x) c) {
  std::vector<P> v;
  for (int i = 0; i < 8; i++) v.push_back(P(o.x + (i & 1 ? a : 0), o.y + (i & 2 ? b : 0), o.z + (i & 4 ? c : 0)));
  return v;
}
inline Faces box_faces() {
  return {{0, 2, 1}, {1, 2, 3}, {4, 5, 6}, {5, 7, 6},   // z = 0 (down), z = c (up)
          {0, 1, 4}, {1, 5, 4}, {2, 6, 3}, {3, 6, 7},   // y = 0, y = b
          {0, 4, 2}, {2, 4, 6}, {1, 3, 5}, {3, 7, 5}};  // x = 0, x = a
}
inline Faces flip(Faces f) {
  for (auto& t : f) std::swap(t[1], t[2]);
  return f;
}

// ------------------------------------------------------------------ sphere
struct F3 {
  F x, y, z;
};
inline F norm(const F3& v) { return sqrt(v.x * v.x + v.y * v.y + v.z * v.z); }
inline F3 unit(const Q3& v) {
  const F3 r{fq(v.x), fq(v.y), fq(v.z)};
  const F n = norm(r);
  return F3{r.x / n, r.y / n, r.z / n};
}
// The angle between the directions of a and b (nonzero), in [0, pi].
inline F angle(const Q3& a, const Q3& b) {
  const F3 u = unit(a), v = unit(b);
  return 2 * atan2(norm(F3{u.x - v.x, u.y - v.y, u.z - v.z}), norm(F3{u.x + v.x, u.y + v.y, u.z + v.z}));
}
inline F3 latlon(const Q& lat, const Q& lon, const Q& r) {
  const F a = fq(lat), b = fq(lon), R = fq(r);
  return F3{R * cos(a) * cos(b), R * cos(a) * sin(b), R * sin(a)};
}

// ------------------------------------------------------------------ enclosing sphere
struct Ball {
  Q3 c;
  Q r2;
};
inline Q d2(const Q3& a, const Q3& b) {
  const Q x = a.x - b.x, y = a.y - b.y, z = a.z - b.z;
  return x * x + y * y + z * z;
}
inline Q dot(const Q3& a, const Q3& b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
inline Q3 sub(const Q3& a, const Q3& b) { return Q3{a.x - b.x, a.y - b.y, a.z - b.z}; }

// The smallest sphere through the given 1..4 points, or nothing when they are affinely
// dependent (a repeated point, a collinear triple, four coplanar points).
inline std::optional<Ball> through(const std::vector<Q3>& s) {
  const Q3& a = s[0];
  if (s.size() == 1) return Ball{a, 0};
  if (s.size() == 2) {
    if (d2(a, s[1]) == 0) return std::nullopt;
    const Q3 c{(a.x + s[1].x) / 2, (a.y + s[1].y) / 2, (a.z + s[1].z) / 2};
    return Ball{c, d2(c, a)};
  }
  if (s.size() == 3) {  // c = a + x u + y v, with (c - a).u = |u|^2 / 2, (c - a).v = |v|^2 / 2
    const Q3 u = sub(s[1], a), v = sub(s[2], a);
    const Q uu = dot(u, u), uv = dot(u, v), vv = dot(v, v), det = uu * vv - uv * uv;
    if (det == 0) return std::nullopt;
    const Q x = (uu / 2 * vv - vv / 2 * uv) / det, y = (uu * vv / 2 - uv * uu / 2) / det;
    const Q3 c{a.x + x * u.x + y * v.x, a.y + x * u.y + y * v.y, a.z + x * u.z + y * v.z};
    return Ball{c, d2(c, a)};
  }
  // 2 (p_i - a) . c = |p_i|^2 - |a|^2, i = 1..3: Cramer's rule on the 3x3 system.
  Q M[3][3], r[3];
  for (int i = 0; i < 3; i++) {
    const Q3 d = sub(s[i + 1], a);
    M[i][0] = 2 * d.x, M[i][1] = 2 * d.y, M[i][2] = 2 * d.z;
    r[i] = dot(s[i + 1], s[i + 1]) - dot(a, a);
  }
  auto det3 = [](const Q (&m)[3][3]) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
           m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  };
  const Q D = det3(M);
  if (D == 0) return std::nullopt;
  Q c[3];
  for (int col = 0; col < 3; col++) {
    Q N[3][3];
    for (int i = 0; i < 3; i++)
      for (int j = 0; j < 3; j++) N[i][j] = j == col ? r[i] : M[i][j];
    c[col] = det3(N) / D;
  }
  const Q3 C{c[0], c[1], c[2]};
  return Ball{C, d2(C, a)};
}

// The minimum enclosing ball by brute force (n >= 1; O(n^5)).
inline Ball enclosing(const std::vector<Q3>& p) {
  const size_t n = p.size();
  std::optional<Ball> best;
  auto consider = [&](const std::vector<Q3>& s) {
    const auto b = through(s);
    if (!b || (best && b->r2 >= best->r2)) return;
    for (const Q3& x : p)
      if (d2(x, b->c) > b->r2) return;
    best = b;
  };
  for (size_t i = 0; i < n; i++) {
    consider({p[i]});
    for (size_t j = i + 1; j < n; j++) {
      consider({p[i], p[j]});
      for (size_t k = j + 1; k < n; k++) {
        consider({p[i], p[j], p[k]});
        for (size_t l = k + 1; l < n; l++) consider({p[i], p[j], p[k], p[l]});
      }
    }
  }
  return *best;
}
// The radius of the exact minimum ball of the points, rounded from 50 digits.
template <class P> double min_radius(const std::vector<P>& p) {
  return sqrt(fq(enclosing(q3s(p)).r2)).template convert_to<double>();
}

}  // namespace oracle_sphere3d
