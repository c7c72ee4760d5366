// Usage check for snippets/hull/convex_hull_fast.hpp (compiled with -include that snippet).
#include <cassert>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> pts{{0, 0}, {2, 0}, {1, 0}, {2, 2}, {0, 2}, {1, 1}, {2, 2}};
  const std::vector<P> strict = geo::convex_hull_fast(pts);
  assert((strict == std::vector<P>{{0, 0}, {2, 0}, {2, 2}, {0, 2}}));
  const std::vector<P> keep = geo::convex_hull_fast<true>(pts);
  assert((keep == std::vector<P>{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {0, 2}}));
  const std::vector<P> line{{3, 3}, {1, 1}, {2, 2}};
  assert((geo::convex_hull_fast(line) == std::vector<P>{{1, 1}, {3, 3}}));
  assert((geo::convex_hull_fast<true>(line) == std::vector<P>{{1, 1}, {2, 2}, {3, 3}}));
  assert(geo::convex_hull_fast(std::vector<P>{}).empty());
  assert(geo::convex_hull_fast(std::vector<P>(3, P{5, 5})).size() == 1);
}

int main() {
  run<long long>();
  run<double>();
}
