// Usage check for snippets/sweep/segment_count.hpp.
#include <cassert>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  using S = geo::Segment<T>;
  const std::vector<S> v{{P(T(2), T(2)), P(T(2), T(5))}, {P(T(1), T(3)), P(T(5), T(3))},
                         {P(T(4), T(1)), P(T(4), T(4))}, {P(T(5), T(2)), P(T(7), T(2))},
                         {P(T(6), T(1)), P(T(6), T(3))}, {P(T(6), T(5)), P(T(6), T(7))}};
  assert(geo::count_axis_intersections(v) == 3);  // the AOJ CGL_6_A sample
  const std::vector<S> corner{{P(T(0), T(0)), P(T(5), T(0))}, {P(T(5), T(0)), P(T(5), T(9))}};
  assert(geo::count_axis_intersections(corner) == 1);  // touching ends count
  assert(geo::count_axis_intersections(std::vector<S>{}) == 0);
}

int main() {
  check<long long>();
  check<double>();
}
