// Usage check for snippets/distance.hpp (compiled with -include snippets/distance.hpp): every
// function with long long and double, simple facts asserted.
#include <cassert>
#include <cmath>

int main() {
  using namespace geo;
  using PL = Point<long long>;
  using PD = Point<double>;
  const Line<long long> l{{0, 0}, {4, 0}}, m{{0, 3}, {1, 3}};
  const Segment<long long> s{{0, 0}, {4, 0}}, t{{7, 4}, {9, 9}};
  assert(dist2(PL(1, 2), l).value() == 4 && dist(PL(1, 2), l) == 2);
  assert(dist(PL(7, 4), s) == 5 && dist(s, t) == 5);
  assert(dist2(s, t).num == 25 * dist2(s, t).den);
  assert(dist(l, m) == 3 && dist2(l, Line<long long>{{0, 0}, {1, 1}}).zero());
  assert(dist(Segment<long long>{{0, 0}, {1, 1}}, Segment<long long>{{0, 1}, {1, 0}}) == 0);
  assert(dist2(PL(2, 2), s).value() == 4 && dist2(PL(2, 2), s).zero() == false);
  assert(!(dist2(PL(0, 1), s) < dist2(PL(0, 1), s)) && dist2(PL(0, 1), s) < dist2(PL(0, 2), s));
  assert(intersect(Line<long long>{{0, -1}, {1, -1}}, Segment<long long>{{5, -1}, {6, 2}}));
  assert(!crosses(Line<long long>{{0, -1}, {1, -1}}, Segment<long long>{{5, -1}, {6, 2}}));

  const Line<double> ld{{0, 0}, {4, 0}}, md{{0, 3}, {1, 3}};
  const Segment<double> sd{{0, 0}, {4, 0}}, td{{7, 4}, {9, 9}};
  assert(std::fabs(dist(PD(1, 2), ld) - 2) < 1e-12 && dist2(PD(1, 2), ld).value() > 3.9);
  assert(std::fabs(dist(PD(7, 4), sd) - 5) < 1e-12 && std::fabs(dist(sd, td) - 5) < 1e-12);
  assert(std::fabs(dist(ld, md) - 3) < 1e-12 && dist2(sd, td).zero() == false);
  assert(intersect(Line<double>{{0, -1}, {1, -1}}, Segment<double>{{5, -1}, {6, 2}}));
  assert(crosses(Line<double>{{0, -2}, {1, -2}}, Segment<double>{{5, -3}, {6, 2}}));
  return 0;
}
