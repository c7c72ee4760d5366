// Usage check for snippets/line_distance.hpp (compiled with -include snippets/line_distance.hpp):
// every function with long long and double, simple facts asserted.
#include <cassert>
#include <cmath>

int main() {
  using namespace geo;
  using PL = Point<long long>;
  using PD = Point<double>;
  const Line<long long> l{{0, 0}, {4, 0}}, m{{0, 3}, {1, 3}};
  assert(dist2(PL(1, 2), l).value() == 4 && dist(PL(1, 2), l) == 2);
  assert(dist(l, m) == 3 && dist2(l, Line<long long>{{0, 0}, {1, 1}}).zero());
  assert(dist2(PL(1, 1), l) < dist2(PL(1, 2), l));
  assert(side(l, PL(5, -1)) * side(l, PL(6, 2)) < 0);  // a line against a segment

  const Line<double> ld{{0, 0}, {4, 0}}, md{{0, 3}, {1, 3}};
  assert(std::fabs(dist(PD(1, 2), ld) - 2) < 1e-12 && dist2(PD(1, 2), ld).value() > 3.9);
  assert(std::fabs(dist(ld, md) - 3) < 1e-12);
  return 0;
}
