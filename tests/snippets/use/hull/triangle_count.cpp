// Usage check for snippets/hull/triangle_count.hpp (compiled with -include that snippet).
#include <cassert>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> a{{0, 0}, {4, 0}, {0, 4}};
  const std::vector<P> b{{1, 1}, {2, 2}, {1, 0}, {5, 5}};
  const geo::TriangleCount<T> tc(a, b);
  assert(tc.count(0, 1, 2) == 1);  // (1,1); (2,2) and (1,0) lie on edges
  assert(tc.count(2, 0, 1) == 1);
  assert(tc.count(0, 0, 1) == 0);
}

int main() {
  run<long long>();
  run<double>();
}
