// Fixture for tests/include_check.py --self-test: nothing here may be reported. Names in
// comments do not count: std::sort, std::map, assert(x). Not compiled.
#pragma once
#include <array>
#include <cassert>
#include <cmath>
#include <utility>
#include <vector>
namespace fx {
inline std::size_t g(std::vector<double>& v, std::array<int, 2> a) {
  using std::abs;
  static_assert(sizeof(int) >= 2, "std::deque in a string");
  assert(!v.empty());
  v[0] = abs(v[0]) + std::sqrt(2.0);
  std::pair<int, int> p = std::make_pair(std::get<0>(a), 1);
  size_t n = v.size();
  return n + std::size_t(p.first);
}
}  // namespace fx
