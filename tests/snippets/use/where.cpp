// Usage check for snippets/where.hpp.
#include <cassert>

int main() {
  assert(geo::OUTSIDE == 0 && geo::BOUNDARY == 1 && geo::INSIDE == 2);  // AOJ CGL_3_C's codes
  const geo::Where w = geo::Where(1);
  assert(w == geo::BOUNDARY && w);  // not outside
}
