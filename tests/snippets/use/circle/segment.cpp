// Usage check for snippets/circle/segment.hpp.
#include <cassert>
#include <cmath>

template <class T> void check() {
  using P = geo::Point<T>;
  using C = geo::Circle<T>;
  const C c{P(T(0), T(0)), T(5)};
  const auto s = geo::segment_intersection(c, P(T(0), T(0)), P(T(10), T(0)));  // exit point
  assert(s.size() == 1 && std::abs(s[0].x - 5) < 1e-12);
  const auto t = geo::segment_intersection(c, P(T(10), T(0)), P(T(-10), T(0)));
  assert(t.size() == 2 && std::abs(t[0].x - 5) < 1e-12 && std::abs(t[1].x + 5) < 1e-12);
  assert(geo::segment_intersection(c, P(T(-1), T(0)), P(T(1), T(0))).empty());    // inside
  assert(geo::segment_intersection(c, P(T(6), T(0)), P(T(10), T(0))).empty());    // beyond
  assert(geo::segment_intersection(c, P(T(3), T(4)), P(T(3), T(4))).size() == 1);  // a point on C
  assert(geo::segment_intersection(c, P(T(-3), T(5)), P(T(3), T(5))).size() == 1);  // tangent
}

using C = geo::Circle<long long>;  // namespace scope: the asserts are its only users

int main() {
  check<long long>();
  check<double>();
  check<long double>();
  assert(geo::segment_intersection(C{{0, 0}, 9805}, {9797, 396}, {9574, 5913}).size() == 1);
  assert(geo::segment_intersection(C{{0, 0}, 9805}, {10020, -5121}, {9797, 396}).size() == 2);
  // the intersection functions of the header it includes come with it
  assert(geo::intersection(C{{0, 0}, 9805}, {9797, 396}, {9574, 5913}).size() == 2);
}
