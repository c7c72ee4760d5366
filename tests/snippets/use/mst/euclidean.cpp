// Usage check for snippets/mst/euclidean.hpp (compiled with -include snippets/mst/euclidean.hpp).
#include <cassert>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  const std::vector<P> p{P(T(0), T(0)), P(T(2), T(0)), P(T(0), T(2)), P(T(2), T(2)), P(T(1), T(1)),
                         P(T(1), T(1))};
  const auto e = geo::euclidean_mst(p);
  assert(e.size() == 5);
  int to_centre = 0;
  for (const auto& x : e) to_centre += x[0] == 4 || x[1] == 4;
  assert(to_centre == 5);  // four corners and the duplicate hang on the centre
  assert(geo::euclidean_mst(std::vector<P>{P(T(3), T(3))}).empty());
}

int main() {
  check<long long>();
  check<double>();
}
