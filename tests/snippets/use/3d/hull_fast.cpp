// Usage check for snippets/3d/hull_fast.hpp (compiled with -include snippets/3d/hull_fast.hpp):
// hull3d_fast on a lattice cube with its inside (the pre-pass drops it), a tetrahedron
// with inner, edge and face points, and the inputs it hands to hull3d (a planar set, a line,
// one point, doubles).
#include <array>
#include <cassert>
#include <vector>

template <class T> void both() {
  using P = geo::Point3<T>;
  std::vector<P> cube;
  for (int x = 0; x < 9; x++)
    for (int y = 0; y < 9; y++)
      for (int z = 0; z < 9; z++) cube.push_back(P(T(x), T(y), T(z)));
  auto h = geo::hull3d_fast(cube);  // 729 points, 8 corners, 12 faces
  assert((h.v == std::vector<int>{0, 8, 72, 80, 648, 656, 720, 728}) && h.f.size() == 12);
  const P* c = cube.data();  // int indices
  for (auto [i, j, k] : h.f)
    for (auto& q : cube) assert(geo::orient3d(c[i], c[j], c[k], q) <= 0);
  const std::vector<P> tet{P(T(0), T(0), T(0)), P(T(4), T(0), T(0)), P(T(0), T(4), T(0)),
                           P(T(0), T(0), T(4)), P(T(2), T(0), T(0)), P(T(1), T(1), T(2)),
                           P(T(1), T(1), T(1))};
  h = geo::hull3d_fast(tet);
  assert((h.v == std::vector<int>{0, 1, 2, 3}) && h.f.size() == 4);
  const std::vector<P> flat{P(T(0), T(0), T(1)), P(T(2), T(0), T(1)), P(T(0), T(2), T(1)),
                            P(T(1), T(0), T(1))};
  h = geo::hull3d_fast(flat);  // one side of the triangle, its corners
  assert((h.v == std::vector<int>{0, 1, 2}) && !h.f.empty());
  h = geo::hull3d_fast(std::vector<P>{P(T(1), T(1), T(1)), P(T(3), T(3), T(3)), P(T(2), T(2), T(2))});
  assert(h.f.empty() && (h.v == std::vector<int>{0, 1}));
  h = geo::hull3d_fast(std::vector<P>(5, P(T(5), T(5), T(5))));
  assert(h.f.empty() && (h.v == std::vector<int>{0}));
  assert(geo::hull3d_fast(std::vector<P>{}).v.empty());
}

int main() {
  both<long long>();
  both<double>();
  return 0;
}
