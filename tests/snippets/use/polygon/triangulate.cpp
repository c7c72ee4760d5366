// Usage check for snippets/polygon/triangulate.hpp (compiled with -include snippets/polygon/triangulate.hpp):
// triangulate with long long and double, simple facts asserted.
#include <array>
#include <cassert>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  using Tri = std::array<int, 3>;
  // (2, 0) lies on a straight angle: never an ear tip, reached by the diagonal to (2, 2)
  const std::vector<P> V{P(T(0), T(0)), P(T(2), T(0)), P(T(4), T(0)), P(T(2), T(2))};
  const auto t = geo::triangulate(V);
  assert(t.size() == 2);
  for ([[maybe_unused]] const Tri& x : t) assert(geo::orient(V[size_t(x[0])], V[size_t(x[1])], V[size_t(x[2])]) > 0);
  assert((t[0][0] + t[0][1] + t[0][2]) + (t[1][0] + t[1][1] + t[1][2]) == 10);  // {0, 1, 3}, {1, 2, 3}
  // an arrow: the reflex vertex (2, 2) is a corner of all three triangles
  const std::vector<P> A{P(T(0), T(0)), P(T(4), T(0)), P(T(4), T(4)), P(T(2), T(2)), P(T(0), T(4))};
  const auto a = geo::triangulate(A);
  assert(a.size() == 3);
  for ([[maybe_unused]] const Tri& x : a) assert(x[0] == 3 || x[1] == 3 || x[2] == 3);
  const std::vector<P> C(A.rbegin(), A.rend());  // clockwise: the same tiling
  const auto c = geo::triangulate(C);
  assert(c.size() == 3);
  for ([[maybe_unused]] const Tri& x : c) assert(geo::orient(C[size_t(x[0])], C[size_t(x[1])], C[size_t(x[2])]) > 0);
  assert(geo::triangulate(std::vector<P>{P(T(0), T(0)), P(T(1), T(1))}).empty());
  assert(geo::triangulate(std::vector<P>{P(T(0), T(0)), P(T(1), T(1)), P(T(3), T(3))}).empty());  // zero area
}

int main() {
  check<long long>();
  check<double>();
  const long long m = 1000000000;  // at the bound: exact
  using P = geo::Point<long long>;
  const std::vector<P> B{P(-m, -m), P(m, -m), P(m, m), P(m - 1, -m + 1), P(-m, m)};
  assert(geo::triangulate(B).size() == 3);
  return 0;
}
