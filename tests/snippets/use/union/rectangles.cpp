// Usage check for snippets/union/rectangles.hpp.
#include <cassert>
#include <vector>

template <class T> void check() {
  using R = geo::Rect<T>;
  assert(geo::rectangle_union_area(std::vector<R>{}) == T(0));
  assert(geo::rectangle_union_area(std::vector<R>{{T(0), T(0), T(2), T(2)}, {T(1), T(1), T(3), T(3)}}) == T(7));
  assert(geo::rectangle_union_area(std::vector<R>{{T(0), T(0), T(3), T(4)}, {T(1), T(2), T(4), T(3)}}) == T(13));
  assert(geo::rectangle_union_area(std::vector<R>{{T(0), T(0), T(0), T(5)}}) == T(0));  // no area
}

int main() {
  check<long long>();
  check<double>();
  const long long m = 1000000000;
  assert(geo::rectangle_union_area(std::vector<geo::Rect<long long>>{{-m, -m, m, m}}) == 4 * m * m);
}
