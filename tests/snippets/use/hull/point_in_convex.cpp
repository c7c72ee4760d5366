// Usage check for snippets/hull/point_in_convex.hpp (compiled with -include that snippet).
#include <cassert>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> square{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  assert(geo::where_in_convex(square, P{1, 1}) == geo::INSIDE);
  assert(geo::where_in_convex(square, P{2, 1}) == geo::BOUNDARY);
  assert(geo::where_in_convex(square, P{0, 0}) == geo::BOUNDARY);
  assert(geo::where_in_convex(square, P{3, 1}) == geo::OUTSIDE);
  assert(geo::where_in_convex(square, P{0, 3}) == geo::OUTSIDE);
  const std::vector<P> segment{{0, 0}, {2, 2}};
  assert(geo::where_in_convex(segment, P{1, 1}) == geo::BOUNDARY);
  assert(geo::where_in_convex(segment, P{3, 3}) == geo::OUTSIDE);
}

int main() {
  run<long long>();
  run<double>();
}
