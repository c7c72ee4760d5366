// Usage check for snippets/envelope/li_chao.hpp (compiled with -include
// snippets/envelope/li_chao.hpp).
#include <cassert>
#include <vector>

template <class T> void check() {
  geo::LiChao<T> low(std::vector<T>{T(-2), T(0), T(1), T(3), T(7), T(1)});
  geo::LiChao<T> high(std::vector<T>{T(-2), T(0), T(1), T(3), T(7)}, true);
  for (auto* t : {&low, &high}) t->add(T(1), T(0), T(-5), T(2)), t->add(T(0), T(3), T(1), T(7));
  assert(low.query(T(-2)) == T(-2) && low.query(T(1)) == T(1) && low.query(T(7)) == low.none);
  assert(high.query(T(1)) == T(3) && high.query(T(7)) == -high.none);
  low.add(T(-1), T(5)), high.add(T(-1), T(5));
  assert(low.query(T(3)) == T(2) && low.query(T(7)) == T(-2) && high.query(T(-2)) == T(7));
}

int main() {
  check<long long>();
  check<double>();
}
