// The ten-topic submission (tests/snippets/ten_topics.py): one program using ten headers
// together, as a contestant's solution for a geometry-heavy set would. It reads nothing and
// prints a checksum line; the test only bundles and compiles it.
#include <cstdio>
#include <vector>

#include "geometry/circle/area.hpp"
#include "geometry/distance.hpp"
#include "geometry/halfplane.hpp"
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/diameter.hpp"
#include "geometry/hull/line_convex.hpp"
#include "geometry/hull/point_in_convex.hpp"
#include "geometry/polygon/contains.hpp"
#include "geometry/polygon/cut.hpp"
#include "geometry/segment.hpp"

int main() {
  using P = geo::Point<long long>;
  using D = geo::Point<double>;
  const std::vector<P> pts{{0, 0}, {4, 0}, {4, 3}, {0, 3}, {2, 1}, {1, 2}};
  const std::vector<P> hull = geo::convex_hull(pts);
  const auto far = geo::diameter(hull);
  const auto chord = geo::line_convex(hull, P(-1, 1), P(5, 2));
  const int where = geo::where_in_convex(hull, P(2, 2));
  const int inside = geo::contains(pts, P(1, 1));
  const std::vector<D> left = geo::convex_cut(hull, P(2, -1), P(2, 5));
  const geo::Segment<long long> s{{0, 0}, {4, 3}}, t{{0, 3}, {4, 0}};
  const std::vector<D> meet = geo::intersection(s, t);
  const double gap = dist(s, geo::Segment<long long>{{5, 5}, {6, 7}});
  const std::vector<D> poly{{0, 0}, {4, 0}, {4, 3}, {0, 3}};
  const double a = geo::area(geo::Circle<double>{D(2, 1.5), 1.0}, poly);
  const std::vector<geo::Line<long long>> box{
      {P(0, 0), P(1, 0)}, {P(4, 0), P(4, 1)}, {P(4, 3), P(3, 3)}, {P(0, 3), P(0, 2)}};
  const auto cell = geo::halfplane_intersection(box);
  std::printf("%zu %d %d %zu %d %d %zu %zu %.3f %.3f %zu\n", hull.size(), far.first,
              far.second, chord.size(), where, inside, left.size(), meet.size(), gap, a,
              cell.size());
  return 0;
}
