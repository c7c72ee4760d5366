// Usage check for snippets/3d/distance.hpp: point-line, point-segment, line-line and
// segment-segment distances with long long and double.
#include <cassert>
#include <cmath>

template <class T> void both() {
  using P = geo::Point3<T>;
  const geo::Line3<T> x{P(), P(T(1), T(0), T(0))}, z{P(T(7), T(3), T(0)), P(T(7), T(3), T(1))};
  assert(geo::dist2(P(T(5), T(3), T(4)), x).value() == 25 && geo::dist(x, z) == 3);
  const geo::Segment3<T> s{P(), P(T(4), T(0), T(0))}, t{P(T(6), T(-1), T(3)), P(T(6), T(1), T(3))};
  assert(geo::dist2(s, t).value() == 13 && geo::dist(P(T(5), T(3), T(4)), s) == 5.0990195135927845);
  assert(geo::dist2(s, geo::Segment3<T>{P(T(2), T(-1), T(0)), P(T(2), T(1), T(0))}).zero());
  assert(geo::dist2(P(T(1), T(1), T(0)), s) < geo::dist2(P(T(1), T(2), T(0)), s));
}

int main() {
  both<long long>();
  both<double>();
  return 0;
}
