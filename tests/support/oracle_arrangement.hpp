// oracle_arrangement.hpp: the planar arrangement of closed segments by brute force, exact
// (Boost rationals; the independence rule of oracle.hpp: no geo:: calls). Segments as
// {x1, y1, x2, y2} (any integer array).
//
// arr_oracle(S) -> ArrO:
//   v       the vertices: every end, and for every pair of segments their common part's points
//           (seg_common: the crossing, or both ends of an overlap), sorted by qless, unique
//   e       the edges {lo, hi} (vertex indices, lo < hi): the vertices lying on each segment
//           (on_seg, all of them tested) in order, consecutive pairs; repeats dropped
//   comps   the connected parts (union-find over e; an isolated vertex is one)
//   cyc     the boundary walks as vertex sequences: at each vertex the edges leaving it are
//           sorted by oracle::diamond of their direction (pseudo-angle in (-2, 2]); the walk
//           arriving along u -> w leaves w by the edge just before w -> u in that order
//   area    twice the signed area of each walk (shoelace on rationals)
//   hole_of(c)   for a walk with area <= 0 (a part's outer boundary): the walk with area > 0
//           of least area strictly containing the part's least vertex m (walks through m
//           skipped: the part's own), or -1 (unbounded)
//   face_of(p)   the walk with area > 0 of least area containing p strictly (crossing
//           number), or -1: the bounded face holding p when p is on no edge
//   locate(p)    {2, vertex} if p is a vertex, {1, edge} if inside an edge, else {0, face_of}
#pragma once
#include "oracle_planar.hpp"
#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <utility>
#include <vector>

namespace oracle {

struct ArrO {
  std::vector<QP> v;
  std::vector<std::array<int, 2>> e;
  std::vector<std::vector<int>> cyc;
  std::vector<Q> area;
  int comps = 0;

  // crossing number of the walk c around p (p on no edge of it)
  bool inside(int c, const QP& p) const {
    bool in = false;
    const auto& w = cyc[size_t(c)];
    for (size_t k = 0; k < w.size(); k++) {
      const QP& a = v[size_t(w[k])];
      const QP& b = v[size_t(w[(k + 1) % w.size()])];
      if ((a.y > p.y) != (b.y > p.y)) {
        const Q x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
        if (p.x < x) in = !in;
      }
    }
    return in;
  }
  // (walks through vertex m, if m >= 0, are skipped: p = v[m] is on them)
  int face_of(const QP& p, int m = -1) const {
    int best = -1;
    for (size_t c = 0; c < cyc.size(); c++)
      if (area[c] > 0 && std::find(cyc[c].begin(), cyc[c].end(), m) == cyc[c].end() &&
          inside(int(c), p) && (best < 0 || area[c] < area[size_t(best)]))
        best = int(c);
    return best;
  }
  int hole_of(int c) const {  // the part's other walks do not hold its least vertex
    const auto& w = cyc[size_t(c)];
    int m = *std::min_element(w.begin(), w.end());
    return face_of(v[size_t(m)], m);
  }
  std::array<int, 2> locate(const QP& p) const {
    for (size_t k = 0; k < v.size(); k++)
      if (qsame(v[k], p)) return {2, int(k)};
    for (size_t k = 0; k < e.size(); k++)
      if (on_seg(v[size_t(e[k][0])], v[size_t(e[k][1])], p)) return {1, int(k)};
    return {0, face_of(p)};
  }
};

template <class S> ArrO arr_oracle(const std::vector<S>& s) {
  ArrO r;
  for (const auto& a : s) r.v.push_back(end0(a)), r.v.push_back(end1(a));
  for (size_t i = 0; i < s.size(); i++)
    for (size_t j = i + 1; j < s.size(); j++)
      for (const QP& p : seg_common(end0(s[i]), end1(s[i]), end0(s[j]), end1(s[j])))
        r.v.push_back(p);
  std::sort(r.v.begin(), r.v.end(), qless);
  r.v.erase(std::unique(r.v.begin(), r.v.end(), qsame), r.v.end());
  const int n = int(r.v.size());
  for (const auto& a : s) {
    std::vector<int> on;
    for (int k = 0; k < n; k++)
      if (on_seg(end0(a), end1(a), r.v[size_t(k)])) on.push_back(k);
    for (size_t k = 1; k < on.size(); k++) r.e.push_back({on[k - 1], on[k]});
  }
  std::sort(r.e.begin(), r.e.end());
  r.e.erase(std::unique(r.e.begin(), r.e.end()), r.e.end());
  std::vector<int> par(static_cast<size_t>(n), 0);
  std::iota(par.begin(), par.end(), 0);
  auto find = [&](int x) {
    while (par[size_t(x)] != x) x = par[size_t(x)] = par[size_t(par[size_t(x)])];
    return x;
  };
  r.comps = n;
  for (const auto& e : r.e)
    if (find(e[0]) != find(e[1])) par[size_t(find(e[0]))] = find(e[1]), r.comps--;
  // directed edges out of each vertex, by pseudo-angle
  std::vector<std::vector<int>> out(static_cast<size_t>(n));
  for (const auto& e : r.e) out[size_t(e[0])].push_back(e[1]), out[size_t(e[1])].push_back(e[0]);
  for (int w = 0; w < n; w++) {
    auto& o = out[size_t(w)];
    std::sort(o.begin(), o.end(), [&](int a, int b) {
      return diamond(sub(r.v[size_t(a)], r.v[size_t(w)])) <
             diamond(sub(r.v[size_t(b)], r.v[size_t(w)]));
    });
  }
  std::map<std::pair<int, int>, bool> used;
  for (const auto& e : r.e)
    for (auto d : {std::pair(e[0], e[1]), std::pair(e[1], e[0])}) {
      if (used[d]) continue;
      std::vector<int> walk;
      Q a2 = 0;
      for (auto x = d; !used[x];) {
        used[x] = true;
        walk.push_back(x.first);
        const QP &p = r.v[size_t(x.first)], &q2 = r.v[size_t(x.second)];
        a2 += p.x * q2.y - p.y * q2.x;
        const auto& o = out[size_t(x.second)];
        const size_t k = size_t(std::find(o.begin(), o.end(), x.first) - o.begin());
        x = {x.second, o[(k + o.size() - 1) % o.size()]};
      }
      r.cyc.push_back(walk), r.area.push_back(a2);
    }
  return r;
}

}  // namespace oracle
