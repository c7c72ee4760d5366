// Usage check for snippets/dist2.hpp (compiled with -include snippets/dist2.hpp): Dist2 with
// long long and double, simple facts asserted.
#include <cassert>

int main() {
  using namespace geo;
  const Dist2<long long> a{25, 4}, b{12, 2}, z{0, 7};
  assert(a.value() == 6.25 && b < a && !(a < b) && z.zero() && !a.zero());
  using W = wide_t<long long>;
  const Dist2<long long> big{W(1) << 100, (W(1) << 62) + 1};
  assert(b < big && !(big < big));
  const Dist2<double> d{1e-19, 1}, e{2.25, 1};
  assert(d.zero() && !e.zero() && e.value() == 2.25 && d < e);
  return 0;
}
