// Usage check for snippets/3d/sphere.hpp (compiled with -include
// snippets/3d/sphere.hpp): both functions with long long and double.
#include <cassert>
#include <cmath>

int main() {
  const double pi = std::acos(-1.0), d = pi / 180;
  const geo::Point3<double> n = geo::from_latlon(90 * d, 0.0), q = geo::from_latlon(0.0, 90 * d, 2.0);
  assert(std::abs(n.z - 1) < 1e-15 && std::abs(q.y - 2) < 1e-15);
  assert(std::abs(geo::great_circle(n, q, 6371.0) - 6371 * pi / 2) < 1e-9);
  using PL = geo::Point3<long long>;
  assert(geo::great_circle(PL(1, 2, 3), PL(-2, -4, -6)) == pi);  // antipodes
  assert(geo::great_circle(PL(5, 0, 0), PL(0, 0, 9)) == pi / 2);
  assert(geo::great_circle(PL(1000000000, 1, 0), PL(1, 0, 0)) > 0);  // 1e-9 rad, not 0
}
