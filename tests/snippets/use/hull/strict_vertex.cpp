// Usage check for snippets/hull/strict_vertex.hpp (compiled with -include that snippet).
#include <cassert>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> square{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  assert(geo::strict_vertex(square) == 0);
  const std::vector<P> from_mid_edge{{1, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}};
  assert(geo::strict_vertex(from_mid_edge) == 1);
  const std::vector<P> collinear{{0, 0}, {1, 1}, {2, 2}};  // convex_hull<true>'s list
  assert(geo::strict_vertex(collinear) == 3);
  assert(geo::strict_vertex(std::vector<P>{{0, 0}, {1, 1}}) == 0);
}

int main() {
  run<long long>();
  run<double>();
  assert(geo::last_true(0, 100, [](int m) { return m * m <= 50; }) == 7);
  assert(geo::last_true(3, 4, [](int) { return false; }) == 3);
}
