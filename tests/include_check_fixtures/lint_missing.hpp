// Fixture for tests/include_check.py --self-test: each line marked FLAG <header> must be
// reported with that header, and no other line. Not compiled.
#pragma once
#include <set>  // FLAG <set>
#include <vector>
#include <string>  // keep: allowed although unused
namespace fx {
inline void f(std::vector<int>& v, int a, int b) {
  assert(a <= b);  // FLAG <cassert>
  std::swap(a, b);  // FLAG <utility>
  std::move(v.begin(), v.end(), v.begin());  // FLAG <algorithm>
  v.push_back(std::abs(a));  // FLAG <cmath>
  static_assert(std::is_integral_v<int>, "");  // FLAG <type_traits>
  v.push_back(std::numeric_limits<int>::max());  // FLAG <limits>
  std::frobnicate(v);  // FLAG ?
  std::int64_t w = INT_MAX;  // FLAG <cstdint> FLAG <climits>
  (void)w;
  assert(a);  // reported once per name, at its first use
}
}  // namespace fx
