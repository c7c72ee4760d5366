// Usage check for snippets/kdtree.hpp (compiled with -include snippets/kdtree.hpp).
#include <algorithm>
#include <cassert>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  const geo::KDTree<T> none(std::vector<P>{});
  assert(none.nearest(P(T(1), T(1))) == -1 && none.knn(P(), 2).empty());
  const std::vector<P> v{P(T(0), T(0)), P(T(10), T(0)), P(T(4), T(3)), P(T(11), T(1)), P(T(4), T(3))};
  const geo::KDTree<T> t(v);
  assert(t.nearest(v[1], 1) == 3 && t.nearest(v[3], 3) == 1);
  assert(t.nearest(v[2], 2) == 4);  // a duplicate: distance 0
  assert(t.nearest(P(T(1), T(-1))) == 0);
  const std::vector<int> k = t.knn(P(T(12), T(0)), 3);
  assert(k.size() == 3 && k[0] == 3 && k[1] == 1);
  std::vector<int> w = t.within(P(T(0), T(0)), T(5));  // closed: (4, 3) at distance 5
  std::sort(w.begin(), w.end());
  assert((w == std::vector<int>{0, 2, 4}));
  std::vector<int> r = t.rect(P(T(4), T(0)), P(T(10), T(3)));
  std::sort(r.begin(), r.end());
  assert((r == std::vector<int>{1, 2, 4}));
  const geo::KDTree<T> one(std::vector<P>{P(T(2), T(2))});
  assert(one.nearest(P(T(2), T(2)), 0) == -1 && one.nearest(P(T(9), T(9))) == 0);
}

int main() {
  check<long long>();
  check<double>();
  const long long m = 1000000000;
  using P = geo::Point<long long>;
  const geo::KDTree<long long> t(std::vector<P>{P(-m, -m), P(m, m)});
  assert(t.nearest(P(-m, -m), 0) == 1 && t.within(P(-m, -m), 2828427125).size() == 2);
}
