// Usage check for snippets/polygon/area.hpp (compiled with -include snippets/polygon/area.hpp):
// every function with long long and double, simple facts asserted.
#include <cassert>
#include <vector>

int main() {
  using namespace geo;
  const std::vector<Point<long long>> L{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}};
  assert(area2(L) == 6 && area(L) == 3.0);
  const std::vector<Point<long long>> T{{0, 0}, {0, 1}, {1, 0}};  // clockwise
  assert(area2(T) == -1 && area(T) == -0.5);
  const long long M = 1000000000;
  const std::vector<Point<long long>> box{{-M, -M}, {M, -M}, {M, M}, {-M, M}};
  assert(area2(box) == static_cast<wide_t<long long>>(8000000000000000000LL));
  assert(area2(std::vector<Point<long long>>{}) == 0 && area(std::vector<Point<long long>>{{1, 1}}) == 0);

  const std::vector<Point<double>> D{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}};
  assert(area2(D) == 6.0 && area(D) == 3.0);
  return 0;
}
