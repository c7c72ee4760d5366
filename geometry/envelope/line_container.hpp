// envelope/line_container.hpp: LineContainer<T>, the lower
// (or upper) envelope of lines y = k x + m under insertion:
// the convex hull trick, online.
// LineContainer<T> c (c(true): the maximum): no lines.
// c.add(k, m): adds the line y = k x + m, in any order.
// c.query(x): the minimum (maximum) of k x + m over the lines
//   added so far; at least one line (asserted).
// c.size(): the lines on the envelope (hidden ones are gone).
// Time: O(log n) amortized add, O(log n) query.
// Precision: long long: exact for |k|, |x| <= 1e9, |m| <=
//   1e18 (asserted): values |k x + m| <= 2e18; the hidden-
//   line test and the breakpoints compare products of a slope
//   and an intercept difference (<= 4e27) in __int128.
//   Floating: the same tests rounded: the answer is the value
//   of a line that is optimal up to rounding.
// Degenerate: equal slopes: the better line only; equal
//   lines: one; a line through the crossing of its neighbours
//   is hidden (the envelope is the same).
// Source: the dynamic convex hull trick (folklore; e.g. cp-
//   algorithms "Convex hull trick and Li Chao tree"): a set by
//   slope, a line hidden iff its neighbours cross above it.
// Tests: unit envelope_line_container_test; property
//   envelope_prop; judge line_add_get_min.
#pragma once
#include "../point.hpp"
#include <cassert>
#include <functional>
#include <iterator>
#include <set>

namespace geo {

template <class T> struct EnvLine {
  T k, m;
  mutable T n = 0, d = 0;  // breakpoint n / d, d = 0: none
  bool operator<(const EnvLine& o) const { return k < o.k; }
  bool operator<(T x) const {  // ends before x
    return d > 0 && wide_t<T>(n) < wide_t<T>(x) * d;
  }
};

// the maximum envelope of the lines (s k, s m), s = -1 for
// the minimum
template <class T> struct LineContainer {
  std::set<EnvLine<T>, std::less<>> L;
  T s;
  explicit LineContainer(bool maximum = false)
      : s(maximum ? 1 : -1) {}
  size_t size() const { return L.size(); }
  // b, between a and c by slope, is nowhere strictly highest
  static bool hidden(const EnvLine<T>& a, const EnvLine<T>& b,
                     const EnvLine<T>& c) {
    using W = wide_t<T>;
    return W(b.k - a.k) * (a.m - c.m) <=
           W(a.m - b.m) * (c.k - a.k);
  }
  void add(T k, T m) {
    assert(in_range(Point<T>(k), 1000000000) &&
           in_range(Point<T>(m), 1000000000000000000));
    EnvLine<T> f{s * k, s * m};
    auto it = L.lower_bound(f);
    if (it != L.end() && it->k == f.k) {
      if (it->m >= f.m) return;
      it = L.erase(it);
    }
    if (it != L.begin() && it != L.end() &&
        hidden(*std::prev(it), f, *it))
      return;
    it = L.insert(it, f);
    for (auto c = std::next(it); c != L.end() &&
                                 std::next(c) != L.end() &&
                                 hidden(f, *c, *std::next(c));)
      c = L.erase(c);
    while (it != L.begin() && std::prev(it) != L.begin() &&
           hidden(*std::prev(it, 2), *std::prev(it), f))
      L.erase(std::prev(it));
    for (auto a = it == L.begin() ? it : std::prev(it);
         a != L.end() && a != std::next(it); a++) {
      auto b = std::next(a);  // a's breakpoint against b
      if (b == L.end()) a->d = 0;
      else a->n = a->m - b->m, a->d = b->k - a->k;
    }
  }
  T query(T x) const {
    assert(!L.empty() && in_range(Point<T>(x), 1000000000));
    auto l = *L.lower_bound(x);
    return s * (l.k * x + l.m);
  }
};

}  // namespace geo
