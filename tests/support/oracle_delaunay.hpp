// oracle_delaunay.hpp: exact brute-force oracles for geometry/delaunay.hpp, geometry/mst/
// and geometry/voronoi.hpp (tests only). Independent of the library: points enter through
// .x/.y, are converted exactly (oracle::qp), and every decision is written here from its
// textbook definition in rationals.
//
//   in_circle4(a, b, c, d)       sign of the 4x4 determinant | x y x^2+y^2 1 | over the rows
//                                a, b, c, d (Laplace expansion): > 0 iff d is strictly inside
//                                the circle of the counter-clockwise triangle abc
//   check_delaunay(p, tri)       "" if tri (triangles, edges, rep) is a Delaunay triangulation
//                                of p as documented, else what is wrong: rep by all pairs;
//                                triangles CCW with positive area, on representatives, every
//                                point of p tested against every circumcircle (O(n t));
//                                no directed edge twice; areas summing to the hull's area;
//                                Euler: #T = 2m - 2 - h, #E = 3m - 3 - h (m distinct points,
//                                h on the hull boundary); edges == the triangles' edges; all
//                                collinear: no triangles, edges = the sorted chain.
//   mst_weights_euclid(p)        sorted exact squared lengths of a Euclidean MST: Kruskal on
//                                all pairs (every MST has the same sorted weight list)
//   mst_weight_manhattan(p)      total weight of a Manhattan MST, Kruskal on all pairs
//   check_spanning_tree(n, e)    "" if e is n - 1 edges forming a spanning tree of 0..n-1
//   voronoi_cell(p, i, lo, hi)   the exact Voronoi cell of p[i] in the box [lo, hi]: the box's
//                                corners cut (Sutherland-Hodgman, by interpolation along each
//                                edge) by 2 (p[j] - p[i]) . x <= |p[j]|^2 - |p[i]|^2 for every
//                                p[j] != p[i] (all pairs, no Delaunay), counter-clockwise,
//                                repeats removed; {} when its area is 0
//   round_nearest(x)             the double nearest to the rational x, ties to even (a search
//                                over neighbouring doubles, compared exactly)
#pragma once
#include "oracle.hpp"
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <array>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace oracle_delaunay {

using oracle::Q;
using oracle::QP;
using oracle::qp;

inline Q det3m(const Q m[3][3]) {
  return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
         m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
         m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
}

inline int in_circle4(const QP& a, const QP& b, const QP& c, const QP& d) {
  const QP r[4] = {a, b, c, d};
  Q m[4][4];
  for (int i = 0; i < 4; i++) {
    m[i][0] = r[i].x, m[i][1] = r[i].y, m[i][2] = r[i].x * r[i].x + r[i].y * r[i].y;
    m[i][3] = 1;
  }
  Q det = 0;  // expansion along the first row
  for (int j = 0; j < 4; j++) {
    Q minor[3][3];
    for (int i = 1; i < 4; i++)
      for (int k = 0, c2 = 0; k < 4; k++)
        if (k != j) minor[i - 1][c2++] = m[i][k];
    const Q t = m[0][j] * det3m(minor);
    det += (j % 2 == 0) ? t : Q(-t);
  }
  return det.sign();
}

inline bool less_xy(const QP& a, const QP& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }
using oracle::same;

// Closed segment test, exact.
inline bool on_seg(const QP& r, const QP& a, const QP& b) {
  if (oracle::orientation(a, b, r) != 0) return false;
  return oracle::dot(oracle::sub(r, a), oracle::sub(r, b)) <= 0;
}

// Strict hull of distinct points (monotone chain, rationals), counter-clockwise.
inline std::vector<QP> strict_hull(std::vector<QP> v) {
  std::sort(v.begin(), v.end(), less_xy);
  if (v.size() < 3) return v;
  std::vector<QP> h(2 * v.size());
  size_t k = 0;
  for (size_t i = 0; i < v.size(); i++) {
    while (k >= 2 && oracle::orientation(h[k - 2], h[k - 1], v[i]) <= 0) k--;
    h[k++] = v[i];
  }
  for (size_t i = v.size() - 1, t = k + 1; i-- > 0;) {
    while (k >= t && oracle::orientation(h[k - 2], h[k - 1], v[i]) <= 0) k--;
    h[k++] = v[i];
  }
  h.resize(k - 1);
  return h;
}

template <class P, class Tri>
std::string check_delaunay(const std::vector<P>& p, const Tri& t) {
  const int n = static_cast<int>(p.size());
  std::vector<QP> q;
  for (const P& x : p) q.push_back(qp(x));
  if (static_cast<int>(t.rep.size()) != n) return "rep has the wrong size";
  std::vector<int> reps;
  for (int i = 0; i < n; i++) {
    int r = i;
    for (int j = 0; j < i; j++)
      if (same(q[j], q[i])) { r = j; break; }
    if (t.rep[i] != r) return "rep[" + std::to_string(i) + "] wrong";
    if (r == i) reps.push_back(i);
  }
  const int m = static_cast<int>(reps.size());
  std::vector<char> is_rep(n, 0);
  for (int i : reps) is_rep[i] = 1;
  std::vector<QP> d;
  for (int i : reps) d.push_back(q[i]);
  bool collinear = true;
  for (int i = 2; i < m && collinear; i++) collinear = oracle::orientation(d[0], d[1], d[i]) == 0;
  std::set<std::pair<int, int>> edges;
  for (auto e : t.edges) {
    if (e[0] >= e[1] || e[0] < 0 || e[1] >= n) return "edge not {u < v} in range";
    if (!is_rep[e[0]] || !is_rep[e[1]]) return "edge on a non-representative";
    if (!edges.insert({e[0], e[1]}).second) return "edge listed twice";
  }
  if (m < 3 || collinear) {
    if (!t.triangles.empty()) return "collinear input gave triangles";
    std::vector<int> s = reps;
    std::sort(s.begin(), s.end(), [&](int a, int b) { return less_xy(q[a], q[b]); });
    std::set<std::pair<int, int>> want;
    for (size_t i = 1; i < s.size(); i++) want.insert({std::min(s[i - 1], s[i]), std::max(s[i - 1], s[i])});
    return want == edges ? "" : "collinear input: edges are not the sorted chain";
  }
  std::set<std::pair<int, int>> directed, undirected;
  std::vector<char> used(n, 0);
  Q area = 0;
  for (auto tr : t.triangles) {
    for (int v : tr)
      if (v < 0 || v >= n || !is_rep[v]) return "triangle vertex not a representative";
    const Q a2 = oracle::det3(q[tr[0]], q[tr[1]], q[tr[2]]);
    if (a2 <= 0) return "triangle not counter-clockwise";
    area += a2;
    for (int k = 0; k < 3; k++) {
      const int u = tr[k], v = tr[(k + 1) % 3];
      used[u] = 1;
      if (!directed.insert({u, v}).second) return "directed edge in two triangles";
      undirected.insert({std::min(u, v), std::max(u, v)});
    }
    for (int i : reps)
      if (in_circle4(q[tr[0]], q[tr[1]], q[tr[2]], q[i]) > 0)
        return "point " + std::to_string(i) + " inside a circumcircle";
  }
  for (int i : reps)
    if (!used[i]) return "point " + std::to_string(i) + " in no triangle";
  const std::vector<QP> h = strict_hull(d);
  Q hull_area = 0;
  for (size_t i = 1; i + 1 < h.size(); i++) hull_area += oracle::det3(h[0], h[i], h[i + 1]);
  if (area != hull_area) return "triangle areas do not sum to the hull area";
  int on_hull = 0;
  for (const QP& x : d)
    for (size_t i = 0; i < h.size(); i++)
      if (on_seg(x, h[i], h[(i + 1) % h.size()])) { on_hull++; break; }
  if (static_cast<int>(t.triangles.size()) != 2 * m - 2 - on_hull) return "Euler: wrong triangle count";
  if (static_cast<int>(edges.size()) != 3 * m - 3 - on_hull) return "Euler: wrong edge count";
  if (undirected != edges) return "edges differ from the triangles' edges";
  return "";
}

struct Dsu {
  std::vector<int> f;
  explicit Dsu(int n) : f(static_cast<size_t>(n)) { std::iota(f.begin(), f.end(), 0); }
  int find(int x) { return f[x] == x ? x : f[x] = find(f[x]); }
  bool unite(int a, int b) {
    a = find(a), b = find(b);
    if (a == b) return false;
    f[a] = b;
    return true;
  }
};

template <class P> std::vector<Q> mst_weights_euclid(const std::vector<P>& p) {
  const int n = static_cast<int>(p.size());
  std::vector<std::pair<Q, std::pair<int, int>>> all;
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++) all.push_back({oracle::dist2(qp(p[i]), qp(p[j])), {i, j}});
  std::sort(all.begin(), all.end());
  Dsu dsu(n);
  std::vector<Q> w;
  for (auto& e : all)
    if (dsu.unite(e.second.first, e.second.second)) w.push_back(e.first);
  return w;
}

template <class P> Q mst_weight_manhattan(const std::vector<P>& p) {
  const int n = static_cast<int>(p.size());
  std::vector<std::pair<Q, std::pair<int, int>>> all;
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++) {
      const QP a = qp(p[i]), b = qp(p[j]);
      all.push_back({Q(abs(Q(a.x - b.x)) + abs(Q(a.y - b.y))), {i, j}});
    }
  std::sort(all.begin(), all.end());
  Dsu dsu(n);
  Q w = 0;
  for (auto& e : all)
    if (dsu.unite(e.second.first, e.second.second)) w += e.first;
  return w;
}

template <class E> std::string check_spanning_tree(int n, const std::vector<E>& e) {
  if (static_cast<int>(e.size()) != std::max(n - 1, 0)) return "not n - 1 edges";
  Dsu dsu(std::max(n, 1));
  for (auto& x : e) {
    const int u = static_cast<int>(x[0]), v = static_cast<int>(x[1]);
    if (u < 0 || v < 0 || u >= n || v >= n) return "edge index out of range";
    if (!dsu.unite(u, v)) return "edges contain a cycle";
  }
  return "";
}

template <class P>
std::vector<QP> voronoi_cell(const std::vector<P>& p, size_t i, const P& lo, const P& hi) {
  const QP a = qp(p[i]), l = qp(lo), h = qp(hi);
  std::vector<QP> poly{l, QP{h.x, l.y}, h, QP{l.x, h.y}}, next;
  for (const P& pj : p) {
    const QP b = qp(pj);
    if (same(a, b)) continue;
    const QP nv{2 * (b.x - a.x), 2 * (b.y - a.y)};
    const Q c = b.x * b.x + b.y * b.y - a.x * a.x - a.y * a.y;
    auto f = [&](const QP& x) { return Q(c - nv.x * x.x - nv.y * x.y); };  // >= 0: inside
    next.clear();
    for (size_t k = 0; k < poly.size(); k++) {
      const QP& u = poly[k];
      const QP& v = poly[(k + 1) % poly.size()];
      const Q fu = f(u), fv = f(v);
      if (fu >= 0) next.push_back(u);
      if ((fu > 0 && fv < 0) || (fu < 0 && fv > 0)) {
        const Q t = fu / (fu - fv);
        next.push_back(QP{u.x + t * (v.x - u.x), u.y + t * (v.y - u.y)});
      }
    }
    poly.swap(next);
  }
  std::vector<QP> out;
  for (const QP& x : poly)
    if (out.empty() || !same(out.back(), x)) out.push_back(x);
  while (out.size() > 1 && same(out.back(), out[0])) out.pop_back();
  Q area = 0;
  for (size_t k = 1; k + 1 < out.size(); k++) area += oracle::det3(out[0], out[k], out[k + 1]);
  if (area <= 0) out.clear();
  return out;
}

inline double round_nearest(const Q& x) {
  double v = x.convert_to<double>();  // a start, then the exact nearest
  auto err = [&](double w) { return Q(abs(Q(oracle::q(w) - x))); };
  for (;;) {
    const double up = std::nextafter(v, INFINITY), dn = std::nextafter(v, -INFINITY);
    const Q e = err(v), eu = err(up), ed = err(dn);
    if (eu < e) v = up;
    else if (ed < e) v = dn;
    else {
      std::uint64_t bits;
      std::memcpy(&bits, &v, sizeof bits);
      if (bits & 1) return eu == e ? up : ed == e ? dn : v;  // a tie goes to the even one
      return v;
    }
  }
}

}  // namespace oracle_delaunay
