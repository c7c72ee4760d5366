// Usage check for snippets/hull/tangents.hpp (compiled with -include that snippet).
#include <cassert>
#include <utility>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> square{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  const std::pair<int, int> ab = geo::tangents(square, P{1, -3});  // below: sees the bottom edge
  assert(ab.first == 1 && ab.second == 0);  // polygon left of q -> (2, 0), right of q -> (0, 0)
  const std::pair<int, int> cd = geo::tangents(square, P{4, 4});
  assert(cd.first == 3 && cd.second == 1);
  assert(geo::tangents(square, P{1, 1}).first == -1);  // inside: no tangent
  assert(geo::tangents(square, P{2, 1}).first == -1);  // on the boundary
}

int main() {
  run<long long>();
  run<double>();
}
