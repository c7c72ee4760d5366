// Usage check for snippets/delaunay_fast.hpp (compiled with -include snippets/delaunay_fast.hpp).
#include <algorithm>
#include <array>
#include <cassert>
#include <vector>

template <class T> void check() {
  using P = geo::Point<T>;
  // A unit square (four cocircular points), its centre, and a duplicate of a corner.
  const std::vector<P> p{P(T(0), T(0)), P(T(2), T(0)), P(T(2), T(2)), P(T(0), T(2)),
                         P(T(1), T(1)), P(T(2), T(0))};
  const geo::Triangulation t = geo::delaunay_fast(p);
  assert(t.triangles.size() == 4 && t.edges.size() == 8);  // the centre sees every corner
  assert(t.rep[5] == 1 && t.rep[4] == 4);
  for (const auto& tr : t.triangles) {
    assert(std::find(tr.begin(), tr.end(), 4) != tr.end());
    const P& a = p[size_t(tr[0])];
    assert(a.cross(p[size_t(tr[1])], p[size_t(tr[2])]) > 0);  // counter-clockwise
  }
  // Collinear: no triangles, the chain in (x, y) order.
  const geo::Triangulation c = geo::delaunay_fast(std::vector<P>{P(T(4), T(4)), P(T(0), T(0)), P(T(2), T(2))});
  assert(c.triangles.empty() && c.edges.size() == 2);
  assert(geo::in_circle_fast(P(T(0), T(0)), P(T(2), T(0)), P(T(0), T(2)), P(T(2), T(2))) == 0);
  assert(geo::in_circle_fast(P(T(0), T(0)), P(T(2), T(0)), P(T(0), T(2)), P(T(1), T(1))) == 1);
  assert(geo::delaunay_fast(std::vector<P>{}).edges.empty());
}

int main() {
  check<long long>();
  check<double>();
  // At the bound: the in-circle terms exceed __int128, evaluated exactly anyway.
  using P = geo::Point<long long>;
  const long long M = 1000000000;
  assert(geo::in_circle_fast(P(M, -M), P(M, M), P(-M, M), P(-M, -M)) == 0);
  assert(geo::in_circle_fast(P(M, -M), P(M, M), P(-M, M), P(-M + 1, -M)) == 1);
}
