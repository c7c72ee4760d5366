// Usage check for snippets/3d/polyhedron.hpp (compiled with -include
// snippets/3d/polyhedron.hpp): every function with long long and double.
#include <cassert>
#include <cmath>
#include <vector>

template <class T> void check() {
  using P = geo::Point3<T>;
  // The box [0, 2] x [0, 3] x [0, 4]: corner i has bit 0 for x, bit 1 for y, bit 2 for z.
  std::vector<P> p;
  for (int i = 0; i < 8; i++) p.push_back(P(T(i & 1 ? 2 : 0), T(i & 2 ? 3 : 0), T(i & 4 ? 4 : 0)));
  geo::Faces f{{0, 2, 1}, {1, 2, 3}, {4, 5, 6}, {5, 7, 6}, {0, 1, 4}, {1, 5, 4},
               {2, 6, 3}, {3, 6, 7}, {0, 4, 2}, {2, 4, 6}, {1, 3, 5}, {3, 7, 5}};
  assert(geo::volume6(p, f) == 144);
  assert(geo::surface_area(p, f) == 52);
  const auto c = geo::centroid(p, f);
  assert(std::abs(c.x - 1) < 1e-12 && std::abs(c.y - 1.5) < 1e-12 && std::abs(c.z - 2) < 1e-12);
  for (auto& t : f) std::swap(t[1], t[2]);  // inward: negative volume, same centroid
  assert(geo::volume6(p, f) == -144 && std::abs(geo::centroid(p, f).z - 2) < 1e-12);
}

int main() {
  check<long long>();
  check<double>();
}
