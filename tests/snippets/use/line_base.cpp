// Usage check for snippets/line_base.hpp (compiled with -include snippets/line_base.hpp):
// Line, frac_t and point_cast with long long and double.
#include <cassert>
#include <type_traits>

int main() {
  using namespace geo;
  static_assert(std::is_same<frac_t<long long>, double>::value, "integral: double");
  static_assert(std::is_same<frac_t<long double>, long double>::value, "floating: itself");
  const Line<long long> l{{0, 0}, {4, 2}};
  const Point<double> c = point_cast<double>(l.b);
  assert(c.x == 4 && c.y == 2);
  const Line<double> d{{0.5, 0}, {1, 1}};
  assert(point_cast<long double>(d.a).x == 0.5L);
  return 0;
}
