// Properties of geometry/fenwick.hpp against a naive array: after random adds (indices in
// range and past the end), every prefix sum and every prefix minimum of (value, index)
// pairs equals the one computed by scanning the array.
#include "geometry/fenwick.hpp"

#include "generators.hpp"
#include "property.hpp"

#include <algorithm>
#include <climits>
#include <functional>
#include <utility>
#include <vector>

namespace {

using LL = long long;

// n and a list of (index, value) adds; indices up to n + 2 (past the end: ignored).
struct Ops {
  size_t n;
  std::vector<std::pair<size_t, LL>> add;
};

rc::Gen<Ops> ops(LL vmax) {
  return rc::gen::mapcat(geotest::uniform_int(0, 40), [vmax](LL n) {
    return rc::gen::map(geotest::sized_vector(rc::gen::pair(geotest::uniform_int(0, n + 2),
                                                            geotest::uniform_int(-vmax, vmax)),
                                              80),
                        [n](const std::vector<std::pair<LL, LL>>& v) {
                          Ops o{size_t(n), {}};
                          for (auto [i, x] : v) o.add.push_back({size_t(i), x});
                          return o;
                        });
  });
}

}  // namespace

CPGEO_PROP(FenwickProp, PrefixSumsMatchNaive, 300, ()) {
  const Ops o = *ops(1000000000000LL);
  geo::Fenwick<LL, std::plus<>> f{std::vector<LL>(o.n), {}};
  std::vector<LL> a(o.n);
  for (auto [i, x] : o.add) {
    f.add(i, x);
    if (i < o.n) a[i] += x;
  }
  LL s = 0;
  for (size_t i = 0; i <= o.n; i++) {
    RC_ASSERT(f.get(i, 7) == 7 + s);
    if (i < o.n) s += a[i];
  }
}

CPGEO_PROP(FenwickProp, PrefixMinimaMatchNaive, 300, ()) {
  using V = std::pair<LL, int>;
  const Ops o = *ops(5);  // small values: many ties, broken by the index
  auto mn = [](V a, V b) { return std::min(a, b); };
  const V none(LLONG_MAX, -1);
  geo::Fenwick<V, decltype(mn)> f{std::vector<V>(o.n, none), mn};
  std::vector<V> a(o.n, none);
  int k = 0;
  for (auto [i, x] : o.add) {
    const V v(x, k++);
    f.add(i, v);
    if (i < o.n) a[i] = std::min(a[i], v);
  }
  V m = none;
  for (size_t i = 0; i <= o.n; i++) {
    RC_ASSERT(f.get(i, none) == m);
    if (i < o.n) m = std::min(m, a[i]);
  }
}
