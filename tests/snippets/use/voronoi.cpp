// Usage check for snippets/voronoi.hpp (compiled with -include snippets/voronoi.hpp).
#include <cassert>
#include <cmath>
#include <vector>

double area(const std::vector<geo::Point<double>>& c) {
  double s = 0;
  for (size_t i = 0; i < c.size(); i++) s += c[i].cross(c[(i + 1) % c.size()]);
  return s / 2;
}

template <class T> void check() {
  using P = geo::Point<T>;
  // Four sites of a 2 x 2 lattice in the box [0, 4]^2: each cell is a 2 x 2 square.
  const std::vector<P> p{P(T(1), T(1)), P(T(3), T(1)), P(T(1), T(3)), P(T(3), T(3)), P(T(1), T(1))};
  const auto cells = geo::voronoi(p, P(T(0), T(0)), P(T(4), T(4)));
  assert(cells.size() == 5);
  for (const auto& c : cells) assert(std::fabs(area(c) - 4) < 1e-9);
  for (const auto& v : cells[3]) assert(v.x >= 2 - 1e-9 && v.y >= 2 - 1e-9);
  assert(cells[4] == cells[0]);  // a duplicate shares its cell
  const auto one = geo::voronoi(std::vector<P>{P(T(9), T(9))}, P(T(0), T(0)), P(T(1), T(2)));
  assert(one.size() == 1 && std::fabs(area(one[0]) - 2) < 1e-12);
}

int main() {
  check<long long>();
  check<double>();
}
