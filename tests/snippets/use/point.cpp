// Usage check for snippets/point.hpp (compiled with -include snippets/point.hpp).
#include <cassert>
#include <cmath>

template <class T> void both() {  // exact for long long, rounding-free here for floating T
  using P = geo::Point<T>;
  const P a(T(1), T(2)), b(T(3), T(-1));
  assert(a + b == P(T(4), T(1)) && a - b == P(T(-2), T(3)) && -a == P(T(-1), T(-2)));
  assert(a * T(2) == P(T(2), T(4)) && T(2) * a == a * T(2) && P(T(4), T(6)) / T(2) == P(T(2), T(3)));
  assert(a.dot(b) == T(1) && a.cross(b) == T(-7) && P().cross(a, b) == T(-7));
  assert(a.norm2() == T(5) && geo::dist2(a, b) == T(13) && P(T(3), T(4)).norm() == 5);
  assert(std::abs(geo::dist(a, b) - std::sqrt(geo::real_t<T>(13))) < 1e-12);
  assert(a.perp() == P(T(-2), T(1)) && a.perp_cw() == P(T(2), T(-1)));
  assert(a < b && !(b < a) && a != b && P(T(1), T(1)) < P(T(1), T(2)));
  P c = a;
  c += b;
  c -= a;
  assert(c == b);
  const geo::real_t<T> quarter = std::acos(geo::real_t<T>(-1)) / 2;
  assert(std::abs(geo::angle(P(T(1), T(0)), P(T(0), T(1))) - quarter) < 1e-12);
  assert(std::abs(geo::angle(P(T(0), T(1)), P(T(1), T(0))) + quarter) < 1e-12);
}

template <class T> void floating() {
  using P = geo::Point<T>;
  const T pi = std::acos(T(-1));
  const P r = P(T(1), T(0)).rotate(pi / 2);
  assert(std::abs(r.x) < T(1e-12) && std::abs(r.y - 1) < T(1e-12));
  const P u = P(T(3), T(4)).unit();
  assert(std::abs(u.x - T(0.6)) < T(1e-12) && std::abs(u.y - T(0.8)) < T(1e-12));
  assert(std::abs(P(T(0), T(2)).angle() - pi / 2) < T(1e-12));
}

int main() {
  both<long long>();
  both<double>();
  both<long double>();
  floating<double>();
  floating<long double>();
  const geo::Point<long long> far(1000000000, -1000000000);  // the exact range's corner
  assert(far.cross(geo::Point<long long>(-1000000000, -1000000000)) == -2000000000000000000LL);
}
