// cpgeo radix_sort.hpp, hash 1835c9; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <algorithm>
#include <vector>

namespace geo {

// radix_sort.hpp: LSD radix sort by an unsigned 64-bit key.
// radix_sort(v, key): sorts v by key(e), an unsigned long
//   long in the order wanted (signed x: x ^ 1ull << 63),
//   stably (equal keys keep their order). Six digits of 11
//   bits of key - least key, counted in one pass; a digit
//   every key shares (all above the keys' spread) is skipped.
// Time: O(n) per digit sorted, at most 6 (3 for a spread <
//   2^33), plus two reading passes; memory 2n elements.
// Precision: exact (integer keys only).
// Degenerate: n = 0, 1 or all keys equal: v unchanged.
// Source: Knuth, TAOCP 3, 5.2.5 (LSD radix sort).
// Tests: unit radix_sort_test; property radix_sort_prop;
//   through hull_convex_hull and closest_pair (unit,
//   property, judge) and hull_bench, planar_bench.
#ifndef GEO_RADIX_SORT_HPP
#define GEO_RADIX_SORT_HPP

template <class E, class K>
void radix_sort(std::vector<E>& v, K key) {
  unsigned long long lo = ~0ull, n = v.size();
  for (auto& e : v) lo = std::min(lo, key(e));
  std::vector<std::size_t> c(6 * 2049);  // 6 digits' counts
  for (auto& e : v)
    for (auto k = key(e) - lo, d = 0ull; d < 6; d++, k >>= 11)
      c[d * 2049 + (k & 2047) + 1]++;
  std::vector<E> t(n);
  for (int s = 0; s < 66; s += 11) {  // digit s / 11
    auto b = c.begin() + s / 11 * 2049;
    if (*std::max_element(b, b + 2049) == n) continue;
    for (int i = 1; i < 2049; i++) b[i] += b[i - 1];
    for (auto& e : v) t[b[(key(e) - lo) >> s & 2047]++] = e;
    v.swap(t);
  }
}

#endif

}  // namespace geo
