// Usage check for snippets/polygon/cut.hpp (compiled with -include snippets/polygon/cut.hpp):
// convex_cut with long long and double, simple facts asserted.
#include <cassert>
#include <vector>

int main() {
  using namespace geo;
  const std::vector<Point<long long>> g{{1, 1}, {4, 1}, {4, 3}, {1, 3}};
  const std::vector<Point<double>> left = convex_cut(g, Point<long long>(2, 0), Point<long long>(2, 4));
  assert(left.size() == 4);
  for (const Point<double>& p : left) assert(p.x <= 2);
  assert(convex_cut(g, Point<long long>(2, 4), Point<long long>(2, 0)).size() == 4);
  assert(convex_cut(g, Point<long long>(0, 5), Point<long long>(1, 5)).empty());  // all right
  const std::vector<Point<long long>> t{{0, 0}, {1, 0}, {0, 1}};
  bool half = false;  // (0.5, 0.5) is a crossing point: not truncated
  for (const Point<double>& p : convex_cut(t, Point<long long>(0, 0), Point<long long>(1, 1)))
    half = half || (p.x == 0.5 && p.y == 0.5);
  assert(half);

  const std::vector<Point<double>> d{{1, 1}, {4, 1}, {4, 3}, {1, 3}};
  assert(convex_cut(d, Point<double>(2.5, 0), Point<double>(2.5, 4)).size() == 4);
  assert(convex_cut(d, Point<double>(0, 0), Point<double>(1, 0)).size() == 4);  // all left
  return 0;
}
