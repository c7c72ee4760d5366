// Usage check for snippets/hull/min_rectangle.hpp (compiled with -include that snippet).
#include <cassert>
#include <cmath>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> diamond{{1, 0}, {2, 1}, {1, 2}, {0, 1}, {1, 1}};
  const geo::MinRect<T> a = geo::min_rectangle(diamond);
  assert(std::fabs(a.value - 2) < 1e-12);  // the tilted square, not the 2 x 2 box
  assert(std::fabs(geo::min_rectangle(diamond, true).value - 4 * std::sqrt(2.0)) < 1e-12);
  assert(std::fabs(a.c[0].x - 1) < 1e-12 && std::fabs(a.c[0].y) < 1e-12);  // from the lowest point
  const std::vector<P> line{{0, 0}, {3, 4}, {6, 8}};
  assert(geo::min_rectangle(line).value == 0);
  assert(std::fabs(geo::min_rectangle(line, true).value - 20) < 1e-12);
}

int main() {
  run<long long>();
  run<double>();
}
