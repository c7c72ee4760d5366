// Properties of geometry/union/rectangles.hpp against oracle::rect_union (coordinate
// compression, every cell against every rectangle, rationals): long long exact on small
// grids (shared edges, nesting, duplicates, empty rectangles) and at |x|,|y| = 1e9; double
// exact on integer-valued small grids (all sums exact).
#include "geometry/union/rectangles.hpp"

#include "generators.hpp"
#include "oracle_planar.hpp"
#include "property.hpp"

#include <array>

namespace {

using LL = long long;

CPGEO_PROP(UnionRectanglesProp, MatchesCompression, 500, ()) {
  const LL R = *rc::gen::element<LL>(3, 8, 1000, 1000000000);
  const int n = static_cast<int>(*geotest::uniform_int(0, 25));
  std::vector<std::array<LL, 4>> v;
  std::vector<geo::Rect<LL>> rl;
  std::vector<geo::Rect<double>> rd;
  for (int i = 0; i < n; i++) {
    LL x1 = *geotest::uniform_int(-R, R), x2 = *geotest::uniform_int(-R, R);
    LL y1 = *geotest::uniform_int(-R, R), y2 = *geotest::uniform_int(-R, R);
    if (*geotest::uniform_int(0, 9) > 0) {  // mostly proper: sorted corners
      if (x1 > x2) std::swap(x1, x2);
      if (y1 > y2) std::swap(y1, y2);
    }
    rl.push_back({x1, y1, x2, y2});
    rd.push_back({double(x1), double(y1), double(x2), double(y2)});
    if (x1 < x2 && y1 < y2) v.push_back({x1, y1, x2, y2});  // the oracle sees only areas
  }
  const oracle::Q want = oracle::rect_union(v);
  RC_ASSERT(oracle::q(geo::rectangle_union_area(rl)) == want);
  if (R <= 1000) RC_ASSERT(oracle::q(geo::rectangle_union_area(rd)) == want);
}

}  // namespace
