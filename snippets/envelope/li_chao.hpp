// cpgeo envelope/li_chao.hpp, hash 753c38; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <algorithm>
#include <cassert>
#include <limits>
#include <utility>
#include <vector>

namespace geo {

// envelope/li_chao.hpp: LiChao<T>, the lower (or upper)
// envelope of lines and segments y = k x + m, x in [l, r),
// queried at points known in advance (the query x's).
// LiChao<T> t(xs) (t(xs, true): the maximum): xs the query
//   points, any order, repeats allowed; no lines yet.
// t.add(k, m): the line y = k x + m for every x.
// t.add(k, m, l, r): the same for l <= x < r only.
// t.query(x): the minimum (maximum) over the lines and
//   segments covering x, or t.none (the largest T, +inf for
//   floating; -t.none for the maximum) if none covers it;
//   x must be one of xs (asserted).
// Time: O(n) build after O(n log n) sort, O(log n) add of a
//   line, O(log^2 n) of a segment, O(log n) query.
// Precision: long long: exact for |k|, |x| <= 1e9, |m| <=
//   1e18 (asserted): values |k x + m| <= 2e18 < none.
//   Floating: each comparison of two values is rounded.
// Degenerate: l >= r or no x of xs in [l, r): no effect; xs
//   empty: only add is allowed.
// Source: Li Chao's segment tree of lines (2012 lecture, via
//   cp-algorithms "Convex hull trick and Li Chao tree").
// Tests: unit envelope_li_chao_test; property envelope_prop;
//   judge segment_add_get_min.
#ifndef GEO_ENVELOPE_LI_CHAO_HPP
#define GEO_ENVELOPE_LI_CHAO_HPP

template <class T> struct LiChao {
  struct F {  // s (k x + m): the minimum of those
    T k, m;
    T at(T x) const { return k * x + m; }
  };
  std::vector<T> xs;
  T s, none = std::numeric_limits<T>::has_infinity
                  ? std::numeric_limits<T>::infinity()
                  : std::numeric_limits<T>::max();
  std::vector<F> t;
  LiChao(std::vector<T> x, bool maximum = false)
      : xs(x), s(maximum ? -1 : 1) {
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    t.assign(4 * xs.size() + 4, F{0, none});
  }
  size_t at(T x) const {  // the index of x's first >= x
    return size_t(std::lower_bound(xs.begin(), xs.end(), x) -
                  xs.begin());
  }
  // f into node v over xs[lo, hi]: v keeps the better at the
  // middle, the other goes where it can still win
  void put(F f, size_t v, size_t lo, size_t hi) {
    size_t mid = (lo + hi) / 2;
    if (f.at(xs[mid]) < t[v].at(xs[mid])) std::swap(f, t[v]);
    if (lo == hi) return;
    if (f.at(xs[lo]) < t[v].at(xs[lo])) put(f, 2 * v, lo, mid);
    else if (f.at(xs[hi]) < t[v].at(xs[hi]))
      put(f, 2 * v + 1, mid + 1, hi);
  }
  // f on the indices [a, b)
  void seg(F f, size_t a, size_t b, size_t v, size_t lo,
           size_t hi) {
    if (b <= lo || hi < a) return;
    if (a <= lo && hi < b) return put(f, v, lo, hi);
    size_t mid = (lo + hi) / 2;
    seg(f, a, b, 2 * v, lo, mid);
    seg(f, a, b, 2 * v + 1, mid + 1, hi);
  }
  F line(T k, T m) const {
    [[maybe_unused]] auto in = [](T v, T b) {
      return -b <= v && v <= b;
    };
    assert(in(k, T(1000000000)) && in(m, T(1e18)));
    return {s * k, s * m};
  }
  void add(T k, T m, T l, T r) {
    size_t a = at(l), b = at(r);
    if (a < b) seg(line(k, m), a, b, 1, 0, xs.size() - 1);
  }
  void add(T k, T m) {
    if (!xs.empty()) put(line(k, m), 1, 0, xs.size() - 1);
  }
  T query(T x) const {
    size_t i = at(x), v = 1, lo = 0, hi = xs.size() - 1;
    assert(i < xs.size() && xs[i] == x);
    T r = t[1].at(x);
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (i <= mid) hi = mid, v = 2 * v;
      else lo = mid + 1, v = 2 * v + 1;
      r = std::min(r, t[v].at(x));
    }
    return s * r;  // s * none if no line covers x
  }
};

#endif

}  // namespace geo
