// Usage check for snippets/hull/convex_intersection.hpp (compiled with -include that snippet).
#include <cassert>
#include <cmath>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> a{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  const std::vector<P> b{{2, 2}, {6, 2}, {6, 6}, {2, 6}};
  const auto c = geo::convex_intersection(a, b);  // the square (2,2)..(4,4)
  assert(c.size() == 4);
  double area = 0;
  for (std::size_t i = 0; i < c.size(); i++) area += c[i].cross(c[(i + 1) % c.size()]);
  assert(std::fabs(area / 2 - 4) < 1e-12);
  const std::vector<P> far{{10, 10}, {11, 10}, {10, 11}};
  assert(geo::convex_intersection(a, far).empty());
  const std::vector<P> touch{{4, 4}, {5, 4}, {5, 5}};
  assert(geo::convex_intersection(a, touch).size() == 1);
}

int main() {
  run<long long>();
  run<double>();
}
