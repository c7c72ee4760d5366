// Usage check for snippets/sweep/all_intersections.hpp (integer coordinates only: floating
// input stops at its static_assert).
#include <cassert>
#include <vector>

int main() {
  using P = geo::Point<long long>;
  using S = geo::Segment<long long>;
  std::vector<S> v{{P(0, 0), P(4, 4)}, {P(0, 4), P(4, 0)}, {P(2, 2), P(6, 6)}, {P(9, 9), P(9, 9)}};
  auto r = geo::all_intersections(v);
  assert(r.size() == 3);  // 0-1 and 1-2 at (2, 2); 0-2 overlap from (2, 2) to (4, 4)
  for (size_t k = 0; k < r.size(); k++) {
    const geo::Meet<long long>& m = r[k];
    assert(m.x == 2 * m.d && m.y == 2 * m.d);
    assert(m.piece == (m.i == 0 && m.j == 2));
  }
  assert(geo::all_intersections(std::vector<S>{}).empty());
}
