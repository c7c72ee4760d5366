// Usage check for snippets/radix_sort.hpp (compiled with -include snippets/radix_sort.hpp).
#include <algorithm>
#include <cassert>
#include <cstring>
#include <vector>

int main() {
  typedef unsigned long long U;
  std::vector<long long> a{5, -3, 1000000000, 0, -1000000000, 5};
  geo::radix_sort(a, [](long long v) { return U(v) ^ 1ull << 63; });  // signed: flip the sign bit
  assert(std::is_sorted(a.begin(), a.end()));
  std::vector<double> d{2.5, -0.5, 1e300, -1e-300, 0.0, -7.0};
  geo::radix_sort(d, [](double v) {  // the order of doubles (no NaN, no -0.0 here)
    U u;
    std::memcpy(&u, &v, 8);
    return u >> 63 ? ~u : u ^ 1ull << 63;
  });
  assert(std::is_sorted(d.begin(), d.end()));
}
