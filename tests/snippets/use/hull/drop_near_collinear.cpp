// Usage check for snippets/hull/drop_near_collinear.hpp (compiled with -include that snippet).
#include <algorithm>
#include <cassert>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> square{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {0, 2}};
  const std::vector<P> corners{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  // exact types: unchanged; floating: (1,0) lies on the chord (0,0) -> (2,0)
  assert((geo::drop_near_collinear(square) == (geo::is_exact_v<T> ? square : corners)));
  assert((geo::drop_near_collinear(corners) == corners));
  const std::vector<P> two{{0, 0}, {1, 1}};
  assert((geo::drop_near_collinear(two) == two));
  assert(geo::lower(P{5, -1}, P{0, 0}) && geo::lower(P{0, 0}, P{1, 0}));
  assert(!geo::lower(P{1, 0}, P{0, 0}) && !geo::lower(P{1, 0}, P{1, 0}));
  std::vector<P> pts{{1, 1}, {3, 0}, {0, 1}, {1, 0}};
  std::sort(pts.begin(), pts.end(), geo::lower);
  assert((pts == std::vector<P>{{1, 0}, {3, 0}, {0, 1}, {1, 1}}));
}

int main() {
  run<long long>();
  run<double>();
  // floating: a vertex eps / 2 outside an edge's midpoint is dropped, 2 eps outside kept
  using D = geo::Point<double>;
  const double e = geo::eps<double>;
  const std::vector<D> near{{0, 0}, {2, 0}, {2 + e / 2, 1}, {2, 2}, {0, 2}};
  assert((geo::drop_near_collinear(near) == std::vector<D>{{0, 0}, {2, 0}, {2, 2}, {0, 2}}));
  const std::vector<D> far{{0, 0}, {2, 0}, {2 + 2 * e, 1}, {2, 2}, {0, 2}};
  assert((geo::drop_near_collinear(far) == far));
}
