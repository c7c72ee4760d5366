// Usage check for snippets/circle/contains.hpp.
#include <cassert>

template <class T> void check() {
  using P = geo::Point<T>;
  const geo::Circle<T> c{P(T(1), T(2)), T(5)};
  assert(geo::contains(c, P(T(4), T(6))) == geo::BOUNDARY);  // 3-4-5
  assert(geo::contains(c, P(T(4), T(5))) == geo::INSIDE);
  assert(geo::contains(c, P(T(5), T(6))) == geo::OUTSIDE);
  const geo::Circle<T> dot{P(T(7), T(7)), T(0)};  // a point
  assert(geo::contains(dot, P(T(7), T(7))) == geo::BOUNDARY);
  assert(geo::contains(dot, P(T(7), T(8))) == geo::OUTSIDE);
}

int main() {
  check<long long>();
  check<double>();
  check<long double>();
  const long long m = 1000000000;  // the exact range's corner: d^2 = 8e18
  assert(geo::contains(geo::Circle<long long>{{-m, -m}, m}, geo::Point<long long>(m, m)) == 0);
  geo::eps<double> = 1e-6;  // eps is a distance from the circle
  assert(geo::contains(geo::Circle<double>{{0, 0}, 1000}, geo::Point<double>(1000 + 1e-7, 0)) == 1);
}
