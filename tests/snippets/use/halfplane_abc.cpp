// Usage check for snippets/halfplane_abc.hpp (compiled with -include
// snippets/halfplane_abc.hpp): integer half-planes a x + b y <= c (long long), the exact
// vertices and their doubles.
#include <cassert>
#include <vector>

int main() {
  using namespace geo;
  const std::vector<Abc> H{{-1, 0, 0}, {0, -1, 0}, {2, 3, 7}};
  const std::vector<RatPoint> r = halfplane_abc(H);
  assert(r.size() == 3);
  int lattice = 0;
  double sx = 0;
  for (auto& p : r) lattice += p.lattice(), sx += p.point().x;
  assert(lattice == 1 && sx == 3.5);
  assert(halfplane_abc({{0, 1, 0}, {0, -1, 0}}, 3).size() == 2);  // a segment
  assert(halfplane_abc({{1, 0, 0}}).empty());                     // unbounded, no box
  assert(halfplane_abc({{0, 0, -1}}, 5).empty());                 // 0 <= -1
  const long long A = 2000000000, C = 4000000000000000000;
  assert(halfplane_abc({{A, 0, C}, {-A, 0, C}, {0, A, C}, {0, -A, C}}).size() == 4);
  return 0;
}
