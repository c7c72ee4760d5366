// Usage check for snippets/on_segment.hpp (compiled with -include snippets/on_segment.hpp):
// every function with long long and double, simple facts asserted.
#include <cassert>

int main() {
  using namespace geo;
  using PL = Point<long long>;
  using PD = Point<double>;
  const Segment<long long> s{{4, 0}, {0, 0}};
  assert(canonical(s).a == PL(0, 0) && canonical(s).b == PL(4, 0));
  assert(side(s, PL(1, 1), 0LL) == -1 && side(canonical(s), PL(1, 1), 0LL) == 1);
  assert(side(s, PL(9, 0), 0LL) == 0 && side(Segment<long long>{{1, 1}, {1, 1}}, PL(5, 2), 0LL) == 0);
  assert(on_segment(PL(3, 0), s) && on_segment(PL(4, 0), s) && !on_segment(PL(5, 0), s));
  assert(cross_at(s, PL(1, 1)) == -4 && cross_at(canonical(s), PL(1, 1)) == 4);

  const Segment<double> sd{{0, 0}, {4, 0}};
  assert(on_segment(PD(3, 1e-12), sd) && !on_segment(PD(3, 1e-6), sd) && !on_segment(PD(4.1, 0), sd));
  assert(side(sd, PD(1, 1e-12), 1e-9) == 0 && side(sd, PD(1, 1e-6), 1e-9) == 1);
  assert(cross_at(sd, PD(3, 0.5)) == 2 && side(sd, PD(3, 1e-300), 0.0) == 1);
  return 0;
}
