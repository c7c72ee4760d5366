// Usage check for snippets/union/polygons.hpp.
#include <cassert>
#include <cmath>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  const std::vector<P> a{P(T(0), T(0)), P(T(2), T(0)), P(T(2), T(2)), P(T(0), T(2))};
  const std::vector<P> b{P(T(1), T(1)), P(T(3), T(1)), P(T(3), T(3)), P(T(1), T(3))};
  const std::vector<P> c{P(T(2), T(0)), P(T(2), T(2)), P(T(4), T(2)), P(T(4), T(0))};  // clockwise
  assert(std::abs(geo::polygon_union_area(std::vector<std::vector<P>>{a, b}) - 7) < 1e-9);
  assert(std::abs(geo::polygon_union_area(std::vector<std::vector<P>>{a, c}) - 8) < 1e-9);  // shared edge
  assert(std::abs(geo::polygon_union_area(std::vector<std::vector<P>>{a, a}) - 4) < 1e-9);
  assert(geo::polygon_union_area(std::vector<std::vector<P>>{}) == 0);
  assert(std::abs(geo::polygon_intersection_area(a, b) - 1) < 1e-9);
  assert(std::abs(geo::polygon_difference_area(a, b) - 3) < 1e-9);
  assert(std::abs(geo::polygon_intersection_area(a, c)) < 1e-9);  // adjacent
  assert(std::abs(geo::polygon_difference_area(a, c) - 4) < 1e-9);
  assert(std::abs(geo::polygon_cover_area(std::vector<std::vector<P>>{a, b, c}, 1) - 2) < 1e-9);
}

int main() {
  check<long long>();
  check<double>();
}
