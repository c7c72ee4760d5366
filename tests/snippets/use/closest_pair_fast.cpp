// Usage check for snippets/closest_pair_fast.hpp (compiled with -include snippets/closest_pair_fast.hpp).
#include <cassert>
#include <random>
#include <utility>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  assert(geo::closest_pair_fast(std::vector<P>{}) == std::make_pair(-1, -1));
  assert(geo::closest_pair_fast(std::vector<P>{P(T(1), T(2))}) == std::make_pair(-1, -1));
  const std::vector<P> v{P(T(0), T(0)), P(T(10), T(0)), P(T(4), T(3)), P(T(11), T(1))};
  assert(geo::closest_pair_fast(v) == std::make_pair(1, 3));
  const std::vector<P> d{P(T(5), T(5)), P(T(0), T(0)), P(T(5), T(5))};  // duplicates: 0
  assert(geo::closest_pair_fast(d) == std::make_pair(0, 2));
  std::vector<P> line;  // one vertical line: the fallback to closest_pair
  for (int i = 0; i < 300; i++) line.push_back(P(T(7), T(i * i % 1009)));
  const auto r = geo::closest_pair_fast(line);
  assert(dist2(line[static_cast<size_t>(r.first)], line[static_cast<size_t>(r.second)]) == T(1));
}

int main() {
  check<long long>();
  check<double>();
  using P = geo::Point<long long>;
  std::vector<P> big;  // n >= 8192: the radix sort; one pair at distance 1
  for (long long i = 0; i < 9000; i++) big.push_back(P(i * 100000 - 450000000, i % 7 * 1000));
  big.push_back(P(big[4321].x + 1, big[4321].y));
  assert(geo::closest_pair_fast(big) == std::make_pair(4321, 9000));
  const long long m = 1000000000;
  assert(geo::closest_pair_fast(std::vector<P>{P(-m, -m), P(m, m), P(m, m - 1)}) == std::make_pair(1, 2));
}
