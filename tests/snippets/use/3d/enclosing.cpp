// Usage check for snippets/3d/enclosing.hpp (compiled with -include
// snippets/3d/enclosing.hpp): min_enclosing_sphere and sphere_of with long long and double.
#include <cassert>
#include <cmath>
#include <vector>

template <class T> void check() {
  using P = geo::Point3<T>;
  std::vector<P> p;
  for (int i = 0; i < 27; i++) p.push_back(P(T(i % 3), T(i / 3 % 3), T(i / 9)));  // a 3x3x3 cube
  const auto s = geo::min_enclosing_sphere(p);
  assert(std::abs(s.c.x - 1) < 1e-12 && std::abs(s.c.z - 1) < 1e-12);
  assert(std::abs(s.r - std::sqrt(3.0)) < 1e-12);
  const auto one = geo::min_enclosing_sphere(std::vector<P>{P(T(4), T(5), T(6))});
  assert(one.r == 0 && one.c.z == 6);
}

int main() {
  check<long long>();
  check<double>();
  using PD = geo::Point3<double>;
  const auto t = geo::sphere_of(PD(1, 0, 0), PD(0, 1, 0), PD(0, 0, 1), PD(0, 0, -1));
  assert(std::abs(t.r - 1) < 1e-12);
}
