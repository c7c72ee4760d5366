// Usage check for snippets/hull/convex_distance.hpp (compiled with -include that snippet).
#include <cassert>
#include <cmath>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> square{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  assert(dist2(P(2, 2), square).zero());  // inside
  assert(dist2(P(4, 1), square).zero());  // on the boundary
  assert(dist2(P(2, -3), square).value() == 9);
  assert(std::fabs(dist(P(7, 8), square) - 5) < 1e-12);
  const geo::Dist2<T> d = dist2(P(3, 3), std::vector<P>{{0, 0}, {3, 0}, {0, 3}});
  assert(std::fabs(d.value() - 4.5) < 1e-12);  // 81 / 18, exact for long long
  assert(dist2(P(9, 0), std::vector<P>{{0, 0}, {4, 0}}).value() == 25);  // a segment
}

int main() {
  run<long long>();
  run<double>();
}
