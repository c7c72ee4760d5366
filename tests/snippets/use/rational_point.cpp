// Usage check for snippets/rational_point.hpp (compiled with -include
// snippets/rational_point.hpp): RatPoint{x, y, d} in any representation, exact ==, < and
// cmp, lattice(), a std::set of them, the doubles and long doubles point() gives, frac_cmp.
#include <cassert>
#include <set>

int main() {
  using namespace geo;
  const RatPoint x{3, 1, 4}, y{6, 2, 8};  // (3/4, 1/4) twice
  assert(x == y && !(x < y) && x.cmp(y) == 0 && !x.lattice());
  const RatPoint one{4, 0, 4};
  assert(x < one && one.cmp(x) == 1 && one.lattice());
  const Point<double> d = x.point();
  assert(d.x == 0.75 && d.y == 0.25);
  const Point<long double> l = y.point<long double>();
  assert(l.x == 0.75L);
  std::set<RatPoint> s{x, y, one};
  assert(s.size() == 2);
  assert(frac_cmp<RatPoint::W>(1, 3, 2, 6) == 0);
  return 0;
}
