// Usage check for snippets/line.hpp (compiled with -include snippets/line.hpp): every
// function with long long and double, simple facts asserted.
#include <cassert>

int main() {
  using namespace geo;
  const Line<long long> l{{0, 0}, {4, 2}}, m{{0, 1}, {1, 0}};
  assert(side(l, Point<long long>(1, 3)) == 1 && side(l, Point<long long>(3, 1)) == -1);
  assert(on_line(Point<long long>(8, 4), l));
  assert(!parallel(l, m) && !orthogonal(l, m) && intersect(l, m));
  assert(parallel(l, Line<long long>{{0, 1}, {4, 3}}) && !intersect(l, Line<long long>{{0, 1}, {4, 3}}));
  assert(orthogonal(l, Line<long long>{{0, 0}, {-1, 2}}));
  const Point<double> c(Point<long long>(3, -4));
  assert(c.x == 3 && c.y == -4);

  const Line<double> d{{0, 0}, {4, 2}}, e{{0, 1}, {1, 0}};
  assert(side(d, Point<double>(1, 3)) == 1 && on_line(Point<double>(2, 1 + 1e-12), d));
  assert(!parallel(d, e) && !orthogonal(d, e) && intersect(d, e));
  assert(parallel(d, Line<double>{{0, 1}, {4, 3 + 1e-12}}));
  return 0;
}
