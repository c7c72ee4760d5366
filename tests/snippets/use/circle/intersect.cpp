// Usage check for snippets/circle/intersect.hpp.
#include <cassert>
#include <cmath>

template <class T> void check() {
  using P = geo::Point<T>;
  using C = geo::Circle<T>;
  const auto v = geo::intersection(C{P(T(2), T(1)), T(1)}, P(T(0), T(1)), P(T(4), T(1)));
  assert(v.size() == 2 && std::abs(v[0].x - 1) < 1e-12 && std::abs(v[1].x - 3) < 1e-12);
  const auto t = geo::intersection(C{P(T(2), T(1)), T(1)}, P(T(3), T(3)), P(T(3), T(0)));
  assert(t.size() == 1 && std::abs(t[0].y - 1) < 1e-12);
  const auto w = geo::intersection(C{P(T(0), T(0)), T(2)}, C{P(T(2), T(0)), T(2)});
  assert(w.size() == 2 && std::abs(w[0].x - 1) < 1e-12 && std::abs(std::abs(w[0].y) - std::sqrt(3.0)) < 1e-12);
  assert(geo::intersection(C{P(T(0), T(0)), T(2)}, C{P(T(0), T(0)), T(2)}).empty());  // equal
  assert(geo::intersection(C{P(T(0), T(0)), T(2)}, C{P(T(0), T(3)), T(1)}).size() == 1);
}

int main() {
  check<long long>();
  check<double>();
  check<long double>();
  using C = geo::Circle<long long>;
  const auto v = geo::intersection(C{{0, 0}, 9805}, {9797, 396}, {9574, 5913});
  assert(v.size() == 2 && std::hypot(v[0].x - v[1].x, v[0].y - v[1].y) > 3e-4);  // discriminant 1
  assert(geo::intersection(C{{0, 0}, 10000}, C{{9999, 1}, 1}).size() == 2);  // nearly tangent
  assert(geo::intersection(C{{0, 0}, 10000}, C{{9999, 0}, 1}).size() == 1);
  const geo::Circle<double> a{{0, 0}, 1}, b{{2 + 1e-12, 0}, 1};
  assert(geo::intersection(a, b).size() == 1);  // within eps
  (void)a, (void)b;  // used only by the asserts
}
