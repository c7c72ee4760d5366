// Usage check for snippets/sweep/any_intersection.hpp.
#include <cassert>
#include <utility>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  using S = geo::Segment<T>;
  const std::pair<int, int> none{-1, -1};
  std::vector<S> v{{P(T(0), T(0)), P(T(2), T(1))}, {P(T(0), T(2)), P(T(2), T(3))},
                   {P(T(3), T(0)), P(T(3), T(5))}};
  assert(geo::any_intersection(v) == none);
  v.push_back({P(T(2), T(3)), P(T(9), T(9))});  // shares an endpoint with segment 1
  assert(geo::any_intersection(v) == std::make_pair(1, 3));
  assert(geo::any_intersection(std::vector<S>{}) == none);
}

int main() {
  check<long long>();
  check<double>();
}
