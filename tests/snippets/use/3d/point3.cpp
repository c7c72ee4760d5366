// Usage check for snippets/3d/point3.hpp (compiled with -include snippets/3d/point3.hpp):
// Point3 and orient3d with long long and double, simple facts asserted.
#include <cassert>
#include <cmath>

template <class T> void both() {  // exact for long long, rounding-free here for doubles
  using P = geo::Point3<T>;
  const P a(T(1), T(2), T(3)), b(T(4), T(-5), T(6));
  assert(a + b == P(T(5), T(-3), T(9)) && a - b == P(T(-3), T(7), T(-3)));
  assert(a * T(2) == P(T(2), T(4), T(6)) && P(T(2), T(4), T(6)) / T(2) == a);
  assert(a.dot(b) == 12 && a.cross(b) == P(T(27), T(6), T(-13)) && a.norm2() == 14);
  assert(dist2(a, b) == 67 && P(T(2), T(3), T(6)).norm() == 7 && dist(a, a) == 0);
  assert(a < b && !(b < a) && a != b && geo::in_range(a, 1000000000));
  const P o, x(T(1), T(0), T(0)), y(T(0), T(1), T(0)), z(T(0), T(0), T(1));
  assert(geo::orient3d(o, x, y, z) == 1 && geo::orient3d(o, y, x, z) == -1);
  assert(geo::orient3d(o, x, y, x + y) == 0 && geo::orient3d(o, o, x, y) == 0);
  const auto u = P(T(0), T(3), T(4)).unit();
  assert(std::abs(u.y - 0.6) < 1e-15 && std::abs(u.z - 0.8) < 1e-15);
}

int main() {
  both<long long>();
  both<double>();
  using PD = geo::Point3<double>;  // floating: the smallest altitude against eps
  assert(geo::orient3d(PD(0, 0, 0), PD(9, 0, 0), PD(0, 9, 0), PD(1, 1, 5e-10)) == 0);
  assert(geo::orient3d(PD(0, 0, 0), PD(9, 0, 0), PD(0, 9, 0), PD(1, 1, 2e-9)) == 1);
  assert(std::isnan(PD().unit().x));
  return 0;
}
