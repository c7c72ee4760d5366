// Usage check for snippets/polygon/locate.hpp (compiled with -include
// snippets/polygon/locate.hpp): locate with long long (integer coordinates only), simple
// facts asserted.
#include <cassert>
#include <vector>

int main() {
  using namespace geo;
  using V = std::vector<Point<long long>>;
  const V sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  const auto r = locate(sq, V{{2, 2}, {4, 1}, {5, 5}, {0, 0}, {2, 2}});
  assert(r.size() == 5 && r[0] == INSIDE && r[1] == BOUNDARY && r[2] == OUTSIDE);
  assert(r[3] == BOUNDARY && r[4] == INSIDE);
  const V cw{{0, 4}, {4, 4}, {4, 0}, {0, 0}};
  assert(locate(cw, V{{1, 3}})[0] == INSIDE);
  assert(locate(V{}, V{{0, 0}})[0] == OUTSIDE && locate(sq, V{}).empty());
  return 0;
}
