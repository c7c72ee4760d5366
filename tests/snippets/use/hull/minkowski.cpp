// Usage check for snippets/hull/minkowski.hpp (compiled with -include that snippet).
#include <cassert>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> square{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  const std::vector<P> tri{{0, 0}, {2, 0}, {0, 2}};
  const std::vector<P> s = geo::minkowski(square, tri);
  assert((s == std::vector<P>{{0, 0}, {3, 0}, {3, 1}, {1, 3}, {0, 3}}));
  assert((geo::minkowski(std::vector<P>{{5, 5}}, tri) == std::vector<P>{{5, 5}, {7, 5}, {5, 7}}));
  assert(geo::minkowski(std::vector<P>{}, tri).empty());
}

int main() {
  run<long long>();
  run<double>();
}
