// Usage check for snippets/polygon/contains.hpp (compiled with -include
// snippets/polygon/contains.hpp): contains with long long and double, simple facts asserted.
#include <cassert>
#include <vector>

int main() {
  using namespace geo;
  const std::vector<Point<long long>> g{{0, 0}, {3, 1}, {2, 3}, {0, 3}};
  assert(contains(g, Point<long long>(2, 1)) == INSIDE);
  assert(contains(g, Point<long long>(0, 2)) == BOUNDARY);
  assert(contains(g, Point<long long>(3, 2)) == OUTSIDE);
  const std::vector<Point<long long>> d{{0, -2}, {2, 0}, {0, 2}, {-2, 0}};
  assert(contains(d, Point<long long>(-3, 0)) == OUTSIDE && contains(d, Point<long long>(0, 0)) == INSIDE);
  assert(contains(std::vector<Point<long long>>{}, Point<long long>(0, 0)) == OUTSIDE);

  const std::vector<Point<double>> s{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  assert(contains(s, Point<double>(2, 1e-10)) == BOUNDARY);
  assert(contains(s, Point<double>(2, 1e-6)) == INSIDE);
  assert(contains(s, Point<double>(2, -1e-6)) == OUTSIDE);
  return 0;
}
