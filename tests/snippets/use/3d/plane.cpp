// Usage check for snippets/3d/plane.hpp: planes, side, sdist, projections, line-plane
// intersection and angle with long long and double.
#include <cassert>
#include <cmath>

template <class T> void both() {
  using P = geo::Point3<T>;
  const auto pl = geo::plane(P(T(0), T(0), T(2)), P(T(1), T(0), T(2)), P(T(0), T(1), T(2)));
  assert(pl.n == P(T(0), T(0), T(1)) && pl.d == 2 && geo::value(pl, P(T(5), T(5), T(7))) == 5);
  assert(geo::side(pl, P(T(3), T(3), T(3))) == 1 && geo::side(pl, P(T(9), T(0), T(2))) == 0);
  assert(geo::sdist(pl, P(T(0), T(0), T(-1))) == -3);
  assert(geo::project(P(T(4), T(5), T(6)), pl) == geo::Point3<geo::real_t<T>>(4, 5, 2));
  const geo::Line3<T> l{P(T(0), T(0), T(0)), P(T(2), T(0), T(0))};
  assert(geo::project(P(T(1), T(7), T(7)), l) == geo::Point3<geo::real_t<T>>(1, 0, 0));
  const auto [k, x] = geo::intersection(geo::Line3<T>{P(), P(T(1), T(1), T(1))}, pl);
  assert(k == 1 && x == geo::Point3<geo::real_t<T>>(2, 2, 2));
  assert(geo::intersection(l, pl).first == 0);
  const geo::Plane3<T> xz{P(T(0), T(3), T(0)), 0};
  assert(std::abs(geo::angle(pl, xz) - std::acos(-1.0) / 2) < 1e-15);
}

int main() {
  both<long long>();
  both<double>();
  return 0;
}
