// Usage check for snippets/hull/layers_fast.hpp (compiled with -include that snippet).
#include <cassert>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> pts{{0, 0}, {4, 0}, {0, 4}, {1, 1}, {2, 0}, {1, 1}};
  const std::vector<int> layer = geo::convex_layers_fast(pts);
  assert((layer == std::vector<int>{1, 1, 1, 2, 1, 2}));  // (2,0) is on an edge: layer 1
  assert(geo::convex_layers_fast(std::vector<P>{}).empty());
  std::vector<P> ring;  // nested diamonds: layer k has radius 6 - k
  for (int r = 5; r >= 1; r--) ring.insert(ring.end(), {{T(r), 0}, {0, T(r)}, {T(-r), 0}, {0, T(-r)}});
  const std::vector<int> deep = geo::convex_layers_fast(ring);
  for (std::size_t i = 0; i < ring.size(); i++) assert(deep[i] == static_cast<int>(i / 4) + 1);
}

int main() {
  run<long long>();
  run<double>();
}
