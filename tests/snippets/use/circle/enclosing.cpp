// Usage check for snippets/circle/enclosing.hpp.
#include <cassert>
#include <cmath>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  const std::vector<P> pts{P(T(0), T(0)), P(T(10), T(0)), P(T(3), T(3)), P(T(5), T(5))};
  const auto E = geo::min_enclosing_circle(pts);
  assert(std::abs(E.center().x - 5) < 1e-12 && std::abs(E.center().y) < 1e-12);
  assert(std::abs(E.radius() - 5) < 1e-12);
  assert(E.where(pts[0]) == geo::BOUNDARY && E.where(pts[3]) == geo::BOUNDARY);
  assert(E.where(pts[2]) == geo::INSIDE && E.where(P(T(5), T(6))) == geo::OUTSIDE);
  assert(std::abs(E.circle().r - 5) < 1e-12);
}

int main() {
  check<long long>();
  check<double>();
  using P = geo::Point<long long>;  // exact boundary: lattice points on x^2 + y^2 = 25
  const auto E = geo::min_enclosing_circle(std::vector<P>{{5, 0}, {-3, 4}, {0, -5}, {4, 3}, {4, 2}});
  assert(E.where(P(4, 3)) == geo::BOUNDARY && E.where(P(4, 2)) == geo::INSIDE);
}
