// Usage check for snippets/circle/max_cover.hpp.
#include <cassert>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  std::vector<P> v{P(T(0), T(0)), P(T(6), T(8)), P(T(3), T(4)), P(T(6), T(9)), P(T(0), T(0))};
  assert(geo::max_cover(v, T(5)) == 4);  // a diameter's ends, its midpoint, a repeat
  assert(geo::max_cover(v, T(0)) == 2);
  assert(geo::max_cover(std::vector<P>{}, T(1)) == 0);
}

int main() {
  check<long long>();
  check<double>();
  check<long double>();
}
