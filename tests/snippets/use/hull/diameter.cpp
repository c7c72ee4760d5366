// Usage check for snippets/hull/diameter.hpp (compiled with -include that snippet).
#include <cassert>
#include <utility>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  const std::vector<P> rect{{0, 0}, {3, 0}, {6, 0}, {6, 2}, {0, 2}};  // a collinear vertex
  const std::pair<int, int> ij = geo::diameter(rect);
  assert(dist2(rect[static_cast<std::size_t>(ij.first)], rect[static_cast<std::size_t>(ij.second)]) == T(40));
  int pairs = 0;
  geo::antipodal(rect, [&](int, int) { pairs++; });
  assert(pairs >= 5);
  assert((geo::diameter(std::vector<P>{{1, 1}}) == std::pair<int, int>{0, 0}));
}

int main() {
  run<long long>();
  run<double>();
}
