// Usage check for snippets/polygon/centroid.hpp (compiled with -include
// snippets/polygon/centroid.hpp): every function with long long and double.
#include <cassert>
#include <cmath>
#include <vector>

int main() {
  using namespace geo;
  const std::vector<Point<long long>> L{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}};
  assert(orientation(L) == 1 && perimeter(L) == 8.0);
  const Point<double> c = centroid(L);
  assert(std::abs(c.x - 5.0 / 6) < 1e-12 && std::abs(c.y - 5.0 / 6) < 1e-12);
  const std::vector<Point<long long>> T{{0, 0}, {0, 1}, {1, 0}};  // clockwise
  assert(orientation(T) == -1);
  assert(orientation(std::vector<Point<long long>>{{1, 1}}) == 0);

  const std::vector<Point<double>> D{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}};
  assert(orientation(D) == 1 && perimeter(D) == 8.0 && area(D) == 3.0);
  const Point<double> cd = centroid(D);
  assert(std::abs(cd.x - 5.0 / 6) < 1e-12 && std::abs(cd.y - 5.0 / 6) < 1e-12);
  assert(orientation(std::vector<Point<double>>{{0, 0}, {1, 0}, {0.5, 1e-10}}) == 0);  // thinner than eps
  return 0;
}
