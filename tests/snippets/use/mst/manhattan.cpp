// Usage check for snippets/mst/manhattan.hpp (compiled with -include snippets/mst/manhattan.hpp).
#include <cassert>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  const std::vector<P> p{P(T(0), T(0)), P(T(1), T(0)), P(T(-1), T(0)), P(T(0), T(1)), P(T(0), T(-1)),
                         P(T(5), T(5))};
  const auto mst = geo::manhattan_mst(p);
  assert(mst.first == T(4 + 9));  // the plus sign, then (1, 0) or (0, 1) to (5, 5)
  assert(mst.second.size() == 5);
  assert(geo::manhattan_mst(std::vector<P>{}).second.empty());
}

int main() {
  check<long long>();
  check<double>();
}
