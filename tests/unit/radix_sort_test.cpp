// Unit tests of geometry/radix_sort.hpp: empty, one element, all keys equal, stability, keys
// spread over all 64 bits and over one digit only, signed keys through x ^ 1ull << 63, and
// large random inputs against std::stable_sort.
#include "geometry/radix_sort.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <utility>
#include <vector>

namespace {

using U = unsigned long long;
using E = std::pair<U, int>;  // (key, original position)

auto first = [](const E& e) { return e.first; };

std::vector<E> numbered(const std::vector<U>& keys) {
  std::vector<E> v;
  for (auto k : keys) v.push_back({k, int(v.size())});
  return v;
}

// radix_sort must equal a stable sort by key.
void expect_stable_sorted(std::vector<E> v) {
  auto want = v;
  std::stable_sort(want.begin(), want.end(), [](const E& a, const E& b) { return a.first < b.first; });
  geo::radix_sort(v, first);
  EXPECT_EQ(v, want);
}

TEST(RadixSort, Degenerate) {
  std::vector<E> none;
  geo::radix_sort(none, first);
  EXPECT_TRUE(none.empty());
  auto one = numbered({42});
  geo::radix_sort(one, first);
  EXPECT_EQ(one, numbered({42}));
  auto same = numbered({7, 7, 7, 7});
  geo::radix_sort(same, first);
  EXPECT_EQ(same, numbered({7, 7, 7, 7}));  // unchanged: equal keys keep their order
}

TEST(RadixSort, StableAndAcrossDigits) {
  expect_stable_sorted(numbered({3, 1, 3, 0, 1, 3, 2}));
  // One key per digit boundary, the extremes, and keys that differ only in the top digit.
  expect_stable_sorted(numbered({~0ull, 0, 1ull << 63, 2047, 2048, 1ull << 33, (1ull << 55) + 1, 1ull << 55,
                                 ~0ull - 1, 5, 1ull << 63}));
  expect_stable_sorted(numbered({9ull << 60, 1ull << 60, 9ull << 60, 1ull << 60}));
}

TEST(RadixSort, SignedKeys) {
  std::vector<long long> x{5, -3, 0, -1000000000, 1000000000, -3, 7, -9223372036854775807LL - 1};
  geo::radix_sort(x, [](long long v) { return U(v) ^ 1ull << 63; });
  EXPECT_TRUE(std::is_sorted(x.begin(), x.end()));
}

TEST(RadixSort, LargeRandom) {
  std::mt19937_64 rng(11);
  for (int spread : {1, 11, 12, 33, 64}) {
    std::vector<U> keys;
    for (int i = 0; i < 20000; i++) keys.push_back(spread == 64 ? rng() : rng() % (1ull << spread) + 12345);
    expect_stable_sorted(numbered(keys));
  }
}

}  // namespace
