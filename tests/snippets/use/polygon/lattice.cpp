// Usage check for snippets/polygon/lattice.hpp (compiled with -include
// snippets/polygon/lattice.hpp): a segment's lattice points and Pick's counts with long long
// (integral only), area with double.
#include <cassert>
#include <vector>

int main() {
  using namespace geo;
  const std::vector<Point<long long>> t{{0, 0}, {4, 0}, {0, 4}};
  assert(lattice_boundary(t) == 12 && lattice_interior(t) == 3);
  const std::vector<Point<long long>> sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  assert(lattice_boundary(sq) == 16 && lattice_interior(sq) == 9);
  const long long M = 1000000000;
  const std::vector<Point<long long>> box{{-M, -M}, {M, -M}, {M, M}, {-M, M}};
  assert(lattice_interior(box) == (2 * M - 1) * (2 * M - 1));
  // the lattice points of a segment: count and step
  const Point<long long> a(1, 2), b(7, -7);
  assert(lattice_count(a, b) == 4 && lattice_step(a, b) == Point<long long>(2, -3));
  // lattice counts need integers; the included area.hpp works with double too
  const std::vector<Point<double>> d{{0, 0}, {4, 0}, {0, 4}};
  assert(area(d) == 8.0);
  return 0;
}
