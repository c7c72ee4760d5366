// Usage check for snippets/halfplane_exact.hpp (compiled with -include snippets/halfplane_exact.hpp).
#include <cassert>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  using L = geo::Line<T>;
  // y >= 0, x + y <= 4, x >= 0: the triangle (0,0), (4,0), (0,4).
  const std::vector<L> tri{{P(T(0), T(0)), P(T(1), T(0))}, {P(T(4), T(0)), P(T(0), T(4))},
                           {P(T(0), T(4)), P(T(0), T(0))}};
  assert(geo::halfplane_intersection_exact(tri).size() == 3);
  // y >= 0 and y <= 0 in the box [-2, 2]^2: the segment from (-2, 0) to (2, 0).
  const std::vector<L> seg{{P(T(0), T(0)), P(T(1), T(0))}, {P(T(1), T(0)), P(T(0), T(0))}};
  const auto s = geo::halfplane_intersection_exact(seg, T(2));
  assert(s.size() == 2 && s[0].y == 0 && s[1].y == 0 && s[0].x + s[1].x == 0);
  // y >= 1 and y <= 0: empty; one half-plane without a box: unbounded, also {}.
  const std::vector<L> none{{P(T(0), T(1)), P(T(1), T(1))}, {P(T(1), T(0)), P(T(0), T(0))}};
  assert(geo::halfplane_intersection_exact(none, T(5)).empty());
  assert(geo::halfplane_intersection_exact(std::vector<L>{tri[0]}).empty());
  assert(geo::halfplane_intersection_exact(std::vector<L>{}, T(1)).size() == 4);  // the box
}

int main() {
  check<long long>();
  check<double>();
}
