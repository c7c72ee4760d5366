// Usage check for snippets/polygon/simple.hpp (compiled with -include
// snippets/polygon/simple.hpp): is_simple with long long and double, simple facts asserted.
#include <cassert>
#include <vector>

int main() {
  using namespace geo;
  using V = std::vector<Point<long long>>;
  assert(is_simple(V{{0, 0}, {4, 0}, {4, 4}, {0, 4}}));
  assert(!is_simple(V{{0, 0}, {4, 4}, {4, 0}, {0, 4}}));         // bow tie
  assert(!is_simple(V{{0, 0}, {4, 0}, {4, 4}, {2, 0}, {0, 4}}));  // a vertex on an edge
  assert(!is_simple(V{{0, 0}, {2, 0}, {1, 0}, {1, 1}}));          // spike
  assert(is_simple(V{{0, 0}, {2, 0}, {4, 0}, {2, 2}}));           // straight angle
  assert(!is_simple(V{{0, 0}, {1, 0}}) && !is_simple(V{}));

  using D = std::vector<Point<double>>;
  assert(is_simple(D{{0, 0}, {1, 0}, {0.5, 0.25}, {0, 1}}));
  assert(!is_simple(D{{0, 0}, {2, 0}, {2, 2}, {1, 1e-12}, {0, 2}}));  // within eps
  return 0;
}
