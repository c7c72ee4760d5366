// hull/online.hpp: OnlineHull<T>, the convex hull of points
// inserted one at a time, queried at any time.
// OnlineHull<T> h: no points.
// h.add(p): inserts p (duplicates change nothing).
// h.where(q): INSIDE, BOUNDARY or OUTSIDE the hull of the
//   points so far (OUTSIDE if none).
// h.tangents(q) -> {a, b}: for q OUTSIDE, vertices of the
//   stored hull with (a - q).cross(x - q) >= 0 >=
//   (b - q).cross(x - q) for every point x so far (the hull
//   left of q -> a, right of q -> b); with an edge on a
//   tangent line, its end farther from q (tangents.hpp's a
//   and b); a point or segment hull: its ends by the same
//   rule (q on the segment's line: the far end twice). {q, q}
//   if q is INSIDE or on the BOUNDARY. At least one point
//   (asserted).
// h.vertices(): the strict hull (no collinear vertices),
//   counter-clockwise from the lowest point (floating: the
//   stored hull after drop_near_collinear, as convex_hull).
// Time: add O(log n) amortized; where, tangents O(log n);
//   vertices O(h).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; asserted by add and where). Floating: the
//   chains store the hull by the rounded sign (p is a vertex
//   iff strictly outside its neighbours' segment; an eps band
//   here would compound over insertions), so every point so
//   far is within eps of vertices(), which may have dropped
//   the stored hull's vertices within eps of a chord (a
//   tangent a or b among them). where: q within eps (a
//   distance, on_segment) of the stored edge it meets in a
//   chain's order is BOUNDARY, else that edge's side by a
//   rounded cross product; tangents compare rounded cross
//   products. Integer coordinates to 1e5 (docs/eps.md):
//   exact.
// Degenerate: no points: vertices {}, where OUTSIDE; 1 point
//   p: vertices {p}, where(p) BOUNDARY;
//   collinear points: the segment {lowest, other end},
//   BOUNDARY on it; vertical and horizontal runs, duplicates:
//   handled (the chains are ordered by y, then x).
// Source: two monotone chains of Andrew's algorithm (the
//   right one, and the left one as the right chain of -p)
//   in balanced trees (F. P. Preparata, CACM 22, 1979); the
//   searches by the next vertex stored in each vertex are
//   this library's (derivation: docs/hull/online.md).
// Tests: unit hull_online_test; property hull_online_prop.
#pragma once
#include "../where.hpp"
#include "../on_segment.hpp"
#include "drop_near_collinear.hpp"
#include <algorithm>
#include <cassert>
#include <functional>
#include <iterator>
#include <set>
#include <utility>
#include <vector>

namespace geo {

// the right chain from the lowest point to the highest: left
// turns, ordered by y, then x
template <class T> struct HullChain {
  using P = Point<T>;
  static bool lt(P a, P b) {
    return P(a.y, a.x) < P(b.y, b.x);
  }
  struct V {
    P p;
    mutable P n;  // the next vertex of the chain (p if last)
    bool operator<(const V& o) const { return lt(p, o.p); }
    template <class F> bool operator<(F f) const {
      return f(p, n);
    }
  };
  std::set<V, std::less<>> S;
  // q against segment ab: +1 left, -1 right, 0 on it
  // (floating: within eps of it)
  static int turn(P a, P b, P q) {
    Segment<T> s{a, b};
    return on_segment(q, s) ? 0 : side(s, q, T(0));
  }
  // j is on or left of the segment between its neighbours
  // (no eps: an eps band here would compound over insertions)
  bool bad(typename decltype(S)::iterator j) {
    return j != S.begin() && std::next(j) != S.end() &&
           side(Segment<T>{std::prev(j)->p, std::next(j)->p},
                j->p, T(0)) >= 0;
  }
  void add(P p) {
    auto it = S.insert({p, p}).first;
    if (bad(it)) return void(S.erase(it));
    while (it != S.begin() && bad(std::prev(it)))
      S.erase(std::prev(it));
    while (std::next(it) != S.end() && bad(std::next(it)))
      S.erase(std::next(it));
    if (it != S.begin()) std::prev(it)->n = p;
    if (std::next(it) != S.end()) it->n = std::next(it)->p;
  }
  // +1 strictly left of the chain, between its ends (by y,
  // then x); 0 on it; -1 else (empty too)
  int in(P q) const {
    auto it = S.lower_bound(V{q, q});
    if (it == S.end() || it->p == q) return -(it == S.end());
    if (it == S.begin()) return -1;
    return turn(std::prev(it)->p, it->p, q);
  }
  // ends of the run of edges q sees (or is on the line of),
  // or other vertices: the first vertex where w ? (edge ends
  // by q or seen) : (ends by q and not seen) is false
  P cut(P q, bool w) const {
    auto f = [&](P p, P n) {
      bool s = turn(p, n, q) <= 0, r = !lt(q, n);
      return p != n && (w ? r || s : r && !s);
    };
    return S.lower_bound(f)->p;
  }
};

template <class T> struct OnlineHull {
  using P = Point<T>;
  HullChain<T> r, l;  // l: the right chain of the points * -1
  void add(P p) {
    assert(in_range(p, 1e9));
    r.add(p), l.add(p * -1);
  }
  Where where(P q) const {
    assert(in_range(q, 1e9));
    return Where(1 + std::min(r.in(q), l.in(q * -1)));
  }
  std::pair<P, P> tangents(P q) const {
    assert(!r.S.empty());
    if (where(q)) return {q, q};
    P c[] = {r.cut(q, 0), r.cut(q, 1), l.cut(q * -1, 0) * -1,
             l.cut(q * -1, 1) * -1},
      a = c[0], b = a;
    // x is past y: clockwise (s = -1), or on its ray, farther
    auto past = [&](P x, P y, int s) {
      int o = side(Segment<T>{q, y}, x, T(0)) * s;
      return o ? o > 0 : (x - y).dot(y - q) > 0;
    };
    for (P x : c) {
      if (past(x, a, -1)) a = x;
      if (past(x, b, 1)) b = x;
    }
    return {a, b};
  }
  std::vector<P> vertices() const {
    std::vector<P> h;
    for (auto& v : r.S) h.push_back(v.p);
    for (auto& v : l.S)
      if (v.p * -1 != h.back() && v.p * -1 != h[0])
        h.push_back(v.p * -1);
    return drop_near_collinear(h);
  }
};

}  // namespace geo
