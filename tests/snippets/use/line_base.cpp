// Usage check for snippets/line_base.hpp (compiled with -include snippets/line_base.hpp):
// Line and frac_t with long long and double.
#include <cassert>
#include <type_traits>

int main() {
  using namespace geo;
  static_assert(std::is_same<frac_t<long long>, double>::value, "integral: double");
  static_assert(std::is_same<frac_t<long double>, long double>::value, "floating: itself");
  const Line<long long> l{{0, 0}, {4, 2}};
  const Point<frac_t<long long>> c(l.b);
  assert(c.x == 4 && c.y == 2);
  const Line<double> d{{0.5, 0}, {1, 1}};
  assert(Point<long double>(d.a).x == 0.5L && d.b.y == 1);
  return 0;
}
