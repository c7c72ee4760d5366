// Usage check for snippets/hull/calipers.hpp (compiled with -include that snippet).
#include <cassert>
#include <cmath>
#include <utility>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> rect{{0, 0}, {3, 0}, {6, 0}, {6, 2}, {0, 2}};  // a collinear vertex
  assert(std::fabs(geo::width(rect) - 2) < 1e-12);
  assert(geo::convex_ccw(rect));
  assert(geo::width(std::vector<P>{{0, 0}, {1, 1}}) == 0);
  const std::pair<int, int> ij = geo::diameter(rect);  // calipers.hpp includes diameter.hpp
  assert(dist2(rect[static_cast<std::size_t>(ij.first)], rect[static_cast<std::size_t>(ij.second)]) == T(40));
}

int main() {
  run<long long>();
  run<double>();
}
