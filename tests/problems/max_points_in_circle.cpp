// cpgeo's own problem "max_points_in_circle" (the classic "circle and points", with integers).
// Input: N R (1 <= N <= 2000, 1 <= R <= 1e4), then N lines "x y" (integers, |x|,|y| <= 1e4,
// repeated points allowed). Output: the largest number of the points that a closed disc of
// radius R can cover (points on its circle count).
// cpgeo-judge: LOCAL (cases and exact checker: tests/problems/checkers/max_points_in_circle.py)
#include "geometry/circle/max_cover.hpp"
#include "input.hpp"
#include <cstdio>

int main() {
  Input in;
  long long n = 0, r = 0;
  if (!in.next(n) || !in.next(r)) return 1;
  std::vector<geo::Point<long long>> p((size_t(n)));
  for (auto& q : p)
    if (!in.next(q)) return 1;
  std::printf("%d\n", geo::max_cover(p, r));
  return 0;
}
