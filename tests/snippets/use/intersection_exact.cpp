// Usage check for snippets/intersection_exact.hpp (compiled with -include
// snippets/intersection_exact.hpp): the exact crossing of lines through long long points,
// exact common points of long long segments; the double intersection of segment.hpp, which
// it includes, for comparison.
#include <cassert>
#include <vector>

int main() {
  using namespace geo;
  using P = Point<long long>;
  using S = Segment<long long>;
  const RatPoint x = cross_point_exact(P(0, 0), P(3, 1), P(0, 1), P(1, 0));  // (3/4, 1/4)
  assert(x == (RatPoint{3, 1, 4}) && !x.lattice());
  assert(cross_point_exact(P(0, 0), P(6, 2), P(2, -1), P(-1, 2)) == x);
  const auto c = intersection_exact(S{{0, 0}, {3, 1}}, S{{0, 1}, {1, 0}});
  assert(c.size() == 1 && c[0] == x);
  const auto o = intersection_exact(S{{0, 0}, {4, 2}}, S{{6, 3}, {2, 1}});
  assert(o.size() == 2 && o[0] == (RatPoint{2, 1, 1}) && o[1].lattice());
  assert(intersection_exact(S{{0, 0}, {1, 1}}, S{{2, 2}, {3, 0}}).empty());
  const auto f = intersection(Segment<double>{{0, 0}, {3, 1}}, Segment<double>{{0, 1}, {1, 0}});
  assert(f.size() == 1 && f[0].x == c[0].point().x);
  return 0;
}
