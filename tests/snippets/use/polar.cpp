// Usage check for snippets/polar.hpp (compiled with -include snippets/polar.hpp).
#include <cassert>
#include <cmath>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  std::vector<P> v{P(T(-1), T(0)), P(T(0), T(-1)), P(T(1), T(1)), P(T(1), T(0)),
                   P(T(-1), T(-1)), P(T(0), T(1)), P(T(2), T(-3))};
  geo::sort_by_arg(v);  // arguments in (-pi, pi]
  const std::vector<P> want{P(T(-1), T(-1)), P(T(0), T(-1)), P(T(2), T(-3)), P(T(1), T(0)),
                            P(T(1), T(1)), P(T(0), T(1)), P(T(-1), T(0))};
  assert(v == want);
  const P origin(T(0), T(0)), east(T(1), T(0));
  assert(!geo::arg_less(origin, east) && !geo::arg_less(east, origin));  // both argument 0
  assert(geo::arg_less(P(T(1), T(-1)), origin) && geo::arg_less(origin, P(T(1), T(1))));
  assert(!geo::arg_less(P(T(2), T(2)), P(T(1), T(1))) && !geo::arg_less(P(T(1), T(1)), P(T(2), T(2))));
  assert(geo::cross_sign(east, P(T(0), T(1))) == 1 && geo::cross_sign(P(T(0), T(1)), east) == -1);
  assert(geo::cross_sign(P(T(2), T(2)), P(T(1), T(1))) == 0);
}

int main() {
  check<long long>();
  check<double>();
  check<long double>();
  // (1e8+1)(1e8-1) - 1e8*1e8 = -1: a naive double product difference rounds it to 0
  using Pd = geo::Point<double>;
  assert(geo::cross_sign(Pd(1e8 + 1, 1e8), Pd(1e8, 1e8 - 1)) == -1);
  assert(geo::arg_less(Pd(1e8, 1e8 - 1), Pd(1e8 + 1, 1e8)));
  using P = geo::Point<long long>;  // neighbours 1e9 away: atan2 cannot tell them apart
  assert(geo::arg_less(P(1000000000, 1), P(999999999, 1)));
  const double pi = std::acos(-1.0);
  const Pd r = geo::rotate(Pd(1, 0), pi / 2);  // counter-clockwise
  assert(std::abs(r.x) < 1e-12 && std::abs(r.y - 1) < 1e-12);
  assert(std::abs(geo::angle(Pd(0, 2)) - pi / 2) < 1e-12);
  assert(geo::angle(Pd(-1, -0.0)) == pi);  // never -pi
}
