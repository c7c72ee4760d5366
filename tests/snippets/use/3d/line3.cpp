// Usage check for snippets/3d/line3.hpp: Line3, Segment3, dir, parallel with long long and
// double.
#include <cassert>

template <class T> void both() {
  using P = geo::Point3<T>;
  const geo::Line3<T> l{P(T(0), T(0), T(0)), P(T(2), T(0), T(0))};
  const geo::Segment3<T> s{P(T(1), T(1), T(1)), P(T(5), T(1), T(1))};
  assert(geo::dir(l) == P(T(2), T(0), T(0)) && geo::parallel(l, s));
  assert(!geo::parallel(l, geo::Line3<T>{P(), P(T(1), T(1), T(0))}));
}

int main() {
  both<long long>();
  both<double>();
  using PL = geo::Point3<long long>;  // braces: Segment3 derives from Line3
  const geo::Segment3<long long> s{PL(0, 0, 0), PL(5, 0, 0)};
  assert(geo::in_range(s, 5) && !geo::in_range(s, 4));
  using P = geo::Point3<double>;  // the tip of the shorter direction within eps: parallel
  const geo::Line3<double> l{P(0, 0, 0), P(100, 0, 0)};
  assert(geo::parallel(l, geo::Line3<double>{P(0, 1, 0), P(1, 1, 5e-10)}));
  assert(!geo::parallel(l, geo::Line3<double>{P(0, 1, 0), P(1, 1, 2e-9)}));
  return 0;
}
