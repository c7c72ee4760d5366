// Usage check for snippets/projection.hpp (compiled with -include snippets/projection.hpp):
// every function with long long and double, simple facts asserted.
#include <cassert>

int main() {
  using namespace geo;
  const Point<double> x = project(Point<long long>(0, 1), Line<long long>{{0, 0}, {2, 1}});
  assert(x == Point<double>(0.4, 0.2));  // not a truncated lattice point
  const Point<double> r = reflect(Point<long long>(1, 1), Line<long long>{{0, 0}, {1, 0}});
  assert(r == Point<double>(1, -1));
  const Point<double> xd = project(Point<double>(0, 1), Line<double>{{0, 0}, {2, 1}});
  assert(dist(xd, Point<double>(0.4, 0.2)) < 1e-12);
  const Point<double> rd = reflect(Point<double>(1, 1), Line<double>{{0, 0}, {1, 0}});
  assert(dist(rd, Point<double>(1, -1)) < 1e-12);
  return 0;
}
