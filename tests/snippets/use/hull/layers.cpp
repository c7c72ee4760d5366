// Usage check for snippets/hull/layers.hpp (compiled with -include that snippet).
#include <cassert>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> pts{{0, 0}, {4, 0}, {0, 4}, {1, 1}, {2, 0}, {1, 1}};
  const std::vector<int> layer = geo::convex_layers(pts);
  assert((layer == std::vector<int>{1, 1, 1, 2, 1, 2}));  // (2,0) is on an edge: layer 1
  assert(geo::convex_layers(std::vector<P>{}).empty());
}

int main() {
  run<long long>();
  run<double>();
}
