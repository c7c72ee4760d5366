// Usage check for snippets/fenwick.hpp (compiled with -include snippets/fenwick.hpp).
#include <algorithm>
#include <cassert>
#include <functional>
#include <utility>
#include <vector>

template <class T> void check() {
  geo::Fenwick<T, std::plus<>> sum{std::vector<T>(8), {}};
  sum.add(2, T(3)), sum.add(5, T(4)), sum.add(2, T(1));
  assert(sum.get(2, T(0)) == T(0) && sum.get(3, T(0)) == T(4) && sum.get(8, T(0)) == T(8));
  using V = std::pair<T, int>;  // prefix minimum of (value, index)
  auto mn = [](V a, V b) { return std::min(a, b); };
  const V none(T(1e18), -1);
  geo::Fenwick<V, decltype(mn)> low{std::vector<V>(8, none), mn};
  low.add(6, {T(2), 6}), low.add(1, {T(5), 1});
  assert(low.get(1, none) == none && low.get(2, none) == V(T(5), 1) && low.get(7, none) == V(T(2), 6));
}

int main() {
  check<long long>();
  check<double>();
}
