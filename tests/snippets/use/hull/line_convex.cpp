// Usage check for snippets/hull/line_convex.hpp (compiled with -include that snippet).
#include <cassert>
#include <cmath>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> square{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  assert(geo::extreme_vertex(square, P{1, 1}) == 2);
  assert(geo::extreme_vertex(square, P{0, -1}) == 0 && geo::extreme_vertex(square, P{0, -1}, true) == 1);
  const auto chord = geo::line_convex(square, P{-1, 1}, P{1, 2});  // y = 1.5 + x / 2
  assert(chord.size() == 2);
  assert(std::fabs(chord[0].x - 0) < 1e-12 && std::fabs(chord[0].y - 1.5) < 1e-12);
  assert(std::fabs(chord[1].x - 4) < 1e-12 && std::fabs(chord[1].y - 3.5) < 1e-12);
  assert(geo::line_convex(square, P{-1, 9}, P{1, 9}).empty());
  assert(geo::line_convex(square, P{-1, 3}, P{3, -1}).size() == 2);
  assert(geo::line_convex(square, P{-1, 1}, P{1, -1}).size() == 1);  // touches (0, 0)
}

int main() {
  run<long long>();
  run<double>();
}
