// Usage check for snippets/distance.hpp (compiled with -include snippets/distance.hpp): every
// function with long long and double, simple facts asserted.
#include <cassert>
#include <cmath>

int main() {
  using namespace geo;
  using PL = Point<long long>;
  using PD = Point<double>;
  const Segment<long long> s{{0, 0}, {4, 0}}, t{{7, 4}, {9, 9}};
  assert(dist(PL(7, 4), s) == 5 && dist(s, t) == 5);
  assert(dist2(s, t).num == 25 * dist2(s, t).den);
  assert(dist(Segment<long long>{{0, 0}, {1, 1}}, Segment<long long>{{0, 1}, {1, 0}}) == 0);
  assert(dist2(PL(2, 2), s).value() == 4 && dist2(PL(2, 2), s).zero() == false);
  assert(!(dist2(PL(0, 1), s) < dist2(PL(0, 1), s)) && dist2(PL(0, 1), s) < dist2(PL(0, 2), s));
  assert(dist2(PL(3, 0), s).zero() && dist(PL(1, 1), PL(4, 5)) == 5);

  const Segment<double> sd{{0, 0}, {4, 0}}, td{{7, 4}, {9, 9}};
  assert(std::fabs(dist(PD(7, 4), sd) - 5) < 1e-12 && std::fabs(dist(sd, td) - 5) < 1e-12);
  assert(dist2(sd, td).zero() == false && dist2(PD(2, 2), sd).value() == 4);
  return 0;
}
