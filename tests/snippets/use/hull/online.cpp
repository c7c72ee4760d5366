// Usage check for snippets/hull/online.hpp (compiled with -include that snippet).
#include <cassert>
#include <utility>
#include <vector>

template <class T> void run() {
  using P = geo::Point<T>;
  geo::OnlineHull<T> h;
  assert(h.where(P{0, 0}) == geo::OUTSIDE && h.vertices().empty());
  for (P p : {P{0, 0}, P{2, 0}, P{1, 1}, P{2, 2}, P{0, 2}, P{1, 0}}) h.add(p);
  assert((h.vertices() == std::vector<P>{{0, 0}, {2, 0}, {2, 2}, {0, 2}}));
  assert(h.where(P{1, 1}) == geo::INSIDE && h.where(P{1, 0}) == geo::BOUNDARY);
  assert(h.where(P{3, 1}) == geo::OUTSIDE);
  const std::pair<P, P> ab = h.tangents(P{1, -3});  // left of q -> a, right of q -> b
  assert(ab.first == (P{2, 0}) && ab.second == (P{0, 0}));
  assert(h.tangents(P{4, 0}).first == (P{2, 2}));  // on an edge's line: its far end
  assert(h.tangents(P{1, 1}).first == (P{1, 1}));  // inside: {q, q}
  h.add(P{4, 1});  // a new vertex between (2, 0) and (2, 2)
  assert((h.vertices() == std::vector<P>{{0, 0}, {2, 0}, {4, 1}, {2, 2}, {0, 2}}));
}

int main() {
  run<long long>();
  run<double>();
}
