// Usage check for snippets/envelope/line_container.hpp (compiled with -include
// snippets/envelope/line_container.hpp).
#include <cassert>

template <class T> void check() {
  geo::LineContainer<T> low;
  geo::LineContainer<T> high(true);
  const T lines[][2] = {{T(1), T(0)}, {T(-1), T(4)}, {T(0), T(1)}, {T(0), T(2)}};
  for (auto& l : lines) low.add(l[0], l[1]), high.add(l[0], l[1]);
  assert(low.query(T(-3)) == T(-3) && low.query(T(2)) == T(1) && low.query(T(5)) == T(-1));
  assert(high.query(T(-3)) == T(7) && high.query(T(2)) == T(2) && high.query(T(5)) == T(5));
  assert(low.size() == 3 && high.size() == 2);
}

int main() {
  check<long long>();
  check<double>();
  geo::LineContainer<long long> c;  // exact at the documented bounds
  const long long B = 1000000000, M = 1000000000000000000;
  c.add(B, M), c.add(-B, M), c.add(B - 1, -M);
  assert(c.query(B) == B * (B - 1) - M && c.query(-B) == -B * (B - 1) - M);
}
