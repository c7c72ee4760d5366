// Usage check for snippets/hull/convex_hull.hpp (compiled with -include that snippet).
#include <cassert>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> pts{{0, 0}, {2, 0}, {1, 0}, {2, 2}, {0, 2}, {1, 1}, {2, 2}};
  const std::vector<P> strict = geo::convex_hull(pts);
  assert((strict == std::vector<P>{{0, 0}, {2, 0}, {2, 2}, {0, 2}}));
  const std::vector<P> keep = geo::convex_hull<true>(pts);
  assert((keep == std::vector<P>{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {0, 2}}));
  const std::vector<P> line{{3, 3}, {1, 1}, {2, 2}};
  assert((geo::convex_hull(line) == std::vector<P>{{1, 1}, {3, 3}}));
  assert((geo::convex_hull<true>(line) == std::vector<P>{{1, 1}, {2, 2}, {3, 3}}));
  assert(geo::convex_hull(std::vector<P>{}).empty());
  assert(geo::convex_hull(std::vector<P>(3, P{5, 5})).size() == 1);
}

int main() {
  run<long long>();
  run<double>();
}
