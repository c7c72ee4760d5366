// Properties of geometry/radix_sort.hpp against std::stable_sort: random unsigned keys of
// every spread (1 to 64 bits above a random offset, so digits of every position are active
// or shared), with many duplicates; the result equals the stable sort element by element
// (so it is sorted, a permutation, and stable).
#include "geometry/radix_sort.hpp"

#include "generators.hpp"
#include "property.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace {

using U = unsigned long long;
using E = std::pair<U, int>;

}  // namespace

CPGEO_PROP(RadixSortProp, EqualsStableSort, 300, ()) {
  const int bits = int(*geotest::uniform_int(1, 64));
  const U off = U(*geotest::uniform_int(0, 1LL << 62)) * 3;
  const U mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
  const auto raw = *geotest::sized_vector(rc::gen::arbitrary<U>(), 3000);
  const int dup = int(*geotest::uniform_int(1, 50));  // keys drawn from raw[0 .. dup) often
  std::vector<E> v;
  for (size_t i = 0; i < raw.size(); i++) {
    const U r = i % 2 && !raw.empty() ? raw[i % size_t(dup) % raw.size()] : raw[i];
    v.push_back({off + (r & mask), int(i)});
  }
  RC_CLASSIFY(v.size() < 2, "n < 2");
  auto want = v;
  std::stable_sort(want.begin(), want.end(), [](const E& a, const E& b) { return a.first < b.first; });
  geo::radix_sort(v, [](const E& e) { return e.first; });
  RC_ASSERT(v == want);
}
