// Usage check for snippets/hull/polygons_distance.hpp (compiled with -include that snippet).
#include <cassert>
#include <cmath>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> square{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  const std::vector<P> far{{7, 8}, {9, 8}, {9, 9}};
  const geo::Dist2<T> d = dist2(square, far);
  assert(d.value() == 25 && !(d < dist2(far, square)));
  assert(std::fabs(dist(square, far) - 5) < 1e-12);
  assert(dist2(square, std::vector<P>{{4, 4}, {6, 4}}).zero());  // touching
  assert(dist2(std::vector<P>{{1, 1}}, square).zero());          // a point inside
}

int main() {
  run<long long>();
  run<double>();
}
