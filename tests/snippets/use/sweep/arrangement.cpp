// Usage check for snippets/sweep/arrangement.hpp (integer coordinates only: floating input
// stops at all_intersections' static_assert).
#include <array>
#include <cassert>
#include <vector>

int main() {
  using P = geo::Point<long long>;
  using S = geo::Segment<long long>;
  // a square with one diagonal, and a point segment inside the upper triangle
  std::vector<S> v{{P(0, 0), P(4, 0)}, {P(4, 0), P(4, 4)}, {P(4, 4), P(0, 4)},
                   {P(0, 4), P(0, 0)}, {P(0, 0), P(4, 4)}, {P(1, 3), P(1, 3)}};
  geo::Arr A = geo::arrangement(v, {P(3, 1), P(2, 2), P(1, 3), P(9, 9)});
  assert(A.v.size() == 5 && A.e.size() == 5 && A.area.size() == 3);
  assert(A.area[0] == -32 && A.area[1] == 16 && A.area[2] == 16);
  assert(A.at[0][0] == 0 && A.at[1][0] == 1 && A.at[2][0] == 2);
  assert((A.at[3] == std::array<int, 2>{0, 0}));
  assert(A.vf[size_t(A.at[2][1])] == 3 - A.at[0][1]);  // the point is in the other triangle
  for (size_t h = 0; h < A.nx.size(); h++) assert(A.f[h] == A.f[size_t(A.nx[h])]);
  geo::RatPoint c = A.v[2];
  assert(c.lattice() && c.point().x == 1.0);
  assert(geo::arrangement(std::vector<S>{}).area.size() == 1);
}
