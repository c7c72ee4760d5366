// Usage check for snippets/closest_pair.hpp (compiled with -include snippets/closest_pair.hpp).
#include <cassert>
#include <utility>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  assert(geo::closest_pair(std::vector<P>{}) == std::make_pair(-1, -1));
  assert(geo::closest_pair(std::vector<P>{P(T(1), T(2))}) == std::make_pair(-1, -1));
  const std::vector<P> v{P(T(0), T(0)), P(T(10), T(0)), P(T(4), T(3)), P(T(11), T(1))};
  assert(geo::closest_pair(v) == std::make_pair(1, 3));
  const std::vector<P> d{P(T(5), T(5)), P(T(0), T(0)), P(T(5), T(5))};  // duplicates: 0
  assert(geo::closest_pair(d) == std::make_pair(0, 2));
  std::vector<P> line;  // one vertical line: every point stays in the set
  for (int i = 0; i < 300; i++) line.push_back(P(T(7), T(i * i % 1009)));
  const auto r = geo::closest_pair(line);
  assert(dist2(line[static_cast<size_t>(r.first)], line[static_cast<size_t>(r.second)]) == T(1));
}

int main() {
  check<long long>();
  check<double>();
  const long long m = 1000000000;
  using P = geo::Point<long long>;
  assert(geo::closest_pair(std::vector<P>{P(-m, -m), P(m, m), P(m, m - 1)}) == std::make_pair(1, 2));
}
