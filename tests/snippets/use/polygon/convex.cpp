// Usage check for snippets/polygon/convex.hpp (compiled with -include snippets/polygon/convex.hpp):
// is_convex with long long and double, simple facts asserted.
#include <cassert>
#include <vector>

int main() {
  using namespace geo;
  using PL = std::vector<Point<long long>>;
  using PD = std::vector<Point<double>>;
  assert(is_convex(PL{{0, 0}, {3, 1}, {2, 3}, {0, 3}}));
  assert(!is_convex(PL{{0, 0}, {2, 0}, {1, 1}, {2, 2}, {0, 2}}));
  assert(is_convex(PL{{0, 0}, {2, 0}, {4, 0}, {4, 4}, {0, 4}}));             // collinear vertex
  assert(is_convex(PL{{0, 0}, {0, 4}, {4, 4}, {4, 0}}));                     // clockwise
  assert(!is_convex(PL{{0, 10}, {-6, -8}, {10, 3}, {-10, 3}, {6, -8}}));     // pentagram
  assert(!is_convex(PL{{0, 0}, {1, 1}, {2, 2}}) && !is_convex(PL{{0, 0}, {1, 0}}));
  assert(is_convex(PD{{0, 0}, {1, 1e-12}, {2, 0}, {2, 2}, {0, 2}}));        // eps-collinear
  assert(!is_convex(PD{{0, 0}, {1, 0.5}, {2, 0}, {2, 2}, {0, 2}}));
  return 0;
}
