// Usage check for snippets/segment.hpp (compiled with -include snippets/segment.hpp): every
// function with long long and double, simple facts asserted.
#include <cassert>
#include <vector>

int main() {
  using namespace geo;
  using PL = Point<long long>;
  using PD = Point<double>;
  const Segment<long long> s{{0, 0}, {4, 0}}, t{{2, 0}, {2, 3}}, u{{1, -1}, {2, 1}};
  assert(on_segment(PL(3, 0), s) && !on_segment(PL(5, 0), s));
  assert(intersect(s, t) && intersect(s, u) && !intersect(t, Segment<long long>{{3, 1}, {9, 9}}));
  assert(cross_at(s, PL(2, 3)) == 12 && side(s, PL(2, -1), 0LL) == -1);
  assert(intersection(s, t) == std::vector<PD>{PD(2, 0)});
  assert(intersection(s, Segment<long long>{{9, 0}, {3, 0}}).size() == 2);
  assert(intersection(s, Segment<long long>{{5, 0}, {9, 0}}).empty());
  assert(intersection(Segment<long long>{{0, 0}, {1, 1}}, Segment<long long>{{0, 1}, {1, 0}}) ==
         std::vector<PD>{PD(0.5, 0.5)});
  assert((intersection<long long, long double>(s, t) == std::vector<Point<long double>>{{2, 0}}));

  const Segment<double> sd{{0, 0}, {4, 0}}, td{{2, 1e-12}, {2, 3}}, ud{{1, -1}, {2, 1}};
  assert(on_segment(PD(3, 1e-12), sd) && !on_segment(PD(5, 0), sd));
  assert(intersect(sd, td) && intersect(sd, ud) && !intersect(sd, Segment<double>{{5, 0}, {9, 0}}));
  assert(intersection(sd, td).size() == 1 && intersection(sd, ud).size() == 1);
  return 0;
}
