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
  assert(dist2(PL(2, 2), s).value() == 4 && dist2(PL(2, 2), s).zero() == false);
  assert(intersect(s, t) && !crosses(s, t) && crosses(s, u));
  assert(intersect(Line<long long>{{0, -1}, {1, -1}}, Segment<long long>{{5, -1}, {6, 2}}));
  assert(!crosses(Line<long long>{{0, -1}, {1, -1}}, Segment<long long>{{5, -1}, {6, 2}}));
  assert(intersection(s, t) == std::vector<PD>{PD(2, 0)});
  assert(intersection(s, Segment<long long>{{9, 0}, {3, 0}}).size() == 2);
  assert(intersection(s, Segment<long long>{{5, 0}, {9, 0}}).empty());
  assert(intersection(Segment<long long>{{0, 0}, {1, 1}}, Segment<long long>{{0, 1}, {1, 0}}) ==
         std::vector<PD>{PD(0.5, 0.5)});
  assert(!(dist2(PL(0, 1), s) < dist2(PL(0, 1), s)));

  const Segment<double> sd{{0, 0}, {4, 0}}, td{{2, 1e-12}, {2, 3}}, ud{{1, -1}, {2, 1}};
  assert(on_segment(PD(3, 1e-12), sd) && !on_segment(PD(5, 0), sd));
  assert(intersect(sd, td) && !crosses(sd, td) && crosses(sd, ud));
  assert(intersect(Line<double>{{0, -1}, {1, -1}}, Segment<double>{{5, -1}, {6, 2}}));
  assert(crosses(Line<double>{{0, -2}, {1, -2}}, Segment<double>{{5, -3}, {6, 2}}));
  assert(intersection(sd, td).size() == 1 && intersection(sd, ud).size() == 1);
  assert(dist2(PD(2, 2), sd).value() == 4);
  return 0;
}
