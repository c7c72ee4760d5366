// Usage check for snippets/ccw.hpp (compiled with -include snippets/ccw.hpp).
#include <cassert>

template <class T> void check() {
  using P = geo::Point<T>;
  const P a(T(0), T(0)), b(T(2), T(0)), up(T(1), T(1)), down(T(1), T(-1));
  assert(geo::ccw(a, b, up) == 1);                   // counter-clockwise
  assert(geo::ccw(a, b, down) == -1);                // clockwise
  assert(geo::ccw(a, b, P(T(-1), T(0))) == 2);       // online back
  assert(geo::ccw(a, b, P(T(3), T(0))) == -2);       // online front
  assert(geo::ccw(a, b, P(T(1), T(0))) == 0 && geo::ccw(a, b, a) == 0 && geo::ccw(a, b, b) == 0);
}

int main() {
  check<long long>();
  check<double>();
  check<long double>();
  using P = geo::Point<double>;
  assert(geo::ccw(P(0, 0), P(1, 0), P(1 + 1e-12, 0)) == 0);  // within eps of the end b
  assert(geo::ccw(P(0, 0), P(1, 0), P(1 + 1e-6, 0)) == -2);
  using L = geo::Point<long long>;  // exact at 4e18: the dot products in __int128
  const long long w = 4000000000000000000;
  assert(geo::ccw(L(-w, -w), L(0, 0), L(w, w)) == -2 && geo::ccw(L(0, 0), L(w, w), L(-w, -w)) == 2);
}
