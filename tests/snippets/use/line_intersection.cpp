// Usage check for snippets/line_intersection.hpp (compiled with
// -include snippets/line_intersection.hpp): every function with long long and double.
#include <cassert>
#include <utility>

int main() {
  using namespace geo;
  const Line<long long> l{{0, 0}, {2, 2}}, m{{0, 1}, {1, 0}};
  const std::pair<int, Point<double>> p = intersection(l, m);
  assert(p.first == 1 && p.second == Point<double>(0.5, 0.5));
  assert(intersection(l, Line<long long>{{1, 0}, {3, 2}}).first == 0);
  assert(intersection(l, Line<long long>{{5, 5}, {-1, -1}}).first == -1);
  const Point<double> x = cross_point(l.a, l.b, m.a, m.b);
  assert(x == Point<double>(0.5, 0.5));
  // directions (10000, 1) and (9999, 1): the far point, exactly
  assert(intersection(Line<long long>{{0, 0}, {10000, 1}}, Line<long long>{{0, 1}, {9999, 2}}).second ==
         Point<double>(-99990000, -9999));

  const Line<double> ld{{0, 0}, {2, 2}}, md{{0, 1}, {1, 0}};
  const std::pair<int, Point<double>> q = intersection(ld, md);
  assert(q.first == 1 && dist(q.second, Point<double>(0.5, 0.5)) < 1e-12);
  assert(intersection(ld, Line<double>{{1, 0}, {3, 2 + 1e-13}}).first == 0);
  assert(dist(cross_point(ld.a, ld.b, md.a, md.b), Point<double>(0.5, 0.5)) < 1e-12);
  const Line<double> abc = line_abc(1LL, 2LL, 3LL);  // x + 2y = 3
  assert(abc.a.x + 2 * abc.a.y > 3 - 1e-12 && abc.a.x + 2 * abc.a.y < 3 + 1e-12);
  const Line<double> abd = line_abc(1.0, 2.0, 3.0);
  assert(on_line(Point<double>(1, 1), abd));
  return 0;
}
