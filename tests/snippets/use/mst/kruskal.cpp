// Usage check for snippets/mst/kruskal.hpp (compiled with -include snippets/mst/kruskal.hpp).
#include <cassert>
#include <vector>

template <class W> void check() {
  std::vector<std::pair<W, std::array<int, 2>>> cand{{W(5), {{0, 1}}}, {W(3), {{1, 2}}}, {W(4), {{0, 2}}}, {W(1), {{3, 3}}}};
  const auto tree = geo::kruskal(4, cand);
  assert(tree.size() == 2);  // vertex 3 has only its self-loop: a forest
  assert(tree[0].first == W(3) && tree[1].first == W(4));
  assert(tree[1].second[0] == 0 && tree[1].second[1] == 2);
}

int main() {
  check<long long>();
  check<double>();
}
