// hull/triangle_count.hpp: points of a fixed set B strictly
// inside triangles with corners from a fixed set A (Library
// Checker count_points_in_triangle).
// TriangleCount<T> tc(A, B); tc.count(i, j, k) -> the number
// of
//   B points strictly inside the triangle A[i] A[j] A[k] (0 if
//   degenerate). Any order of i, j, k; B may repeat points and
//   share points with A.
// Time: O(|A|^2 |B|) precomputation (every pair's strip
//   count), O(1) per query; memory 2 |A|^2 ints. Method:
//   points ordered by (x, y) (an infinitesimal rotation: no
//   two distinct points share a strip coordinate). below[i][j]
//   (A[i] < A[j]) counts B points p with A[i] < p < A[j]
//   strictly below the segment, on[i][j] those on it. With a <
//   b < c: b below ac: inside = below(a,c) - below(a,b) -
//   below(b,c) - on(a,b) - on(b,c) - #(B at b); b above ac:
//   inside = below(a,b) + below(b,c) - below(a,c) - on(a,c).
// Precision: long long: exact in the coordinate range
//   (docs/eps.md; orient only). Floating: orient's eps, a
//   distance: a B point within about eps of an edge counts as
//   on it (not inside).
// Degenerate: collinear i, j, k or repeated indices -> 0.
// Source: the strip-count decomposition (e.g. USACO and
//   Codeforces editorials on counting points in triangles).
// Tests: unit hull_triangle_count_test; property
//   hull_point_sets_prop; judge count_points_in_triangle.
#pragma once
#include "../orient.hpp"
#include <algorithm>
#include <vector>

namespace geo {

template <class T> struct TriangleCount {
  std::vector<Point<T>> a;
  std::vector<std::vector<int>> below, on;  // a[i] < a[j]
  std::vector<int> at;  // B points equal to a[i]
  TriangleCount(const std::vector<Point<T>>& A,
                const std::vector<Point<T>>& B)
      : a(A),
        below(A.size(), std::vector<int>(A.size(), 0)),
        on(below),
        at(A.size(), 0) {
    for (std::size_t i = 0; i < a.size(); i++) {
      for (const Point<T>& p : B) at[i] += p == a[i];
      for (std::size_t j = 0; j < a.size(); j++) {
        if (!(a[i] < a[j])) continue;
        for (const Point<T>& p : B) {
          if (!(a[i] < p && p < a[j])) continue;
          const int s = orient(a[i], a[j], p);
          below[i][j] += s < 0;
          on[i][j] += s == 0;
        }
      }
    }
  }
  long long count(int i, int j, int k) const {
    std::size_t v[3] = {std::size_t(i), std::size_t(j),
                        std::size_t(k)};
    std::sort(v, v + 3,
              [&](auto p, auto q) { return a[p] < a[q]; });
    std::size_t x = v[0], y = v[1], z = v[2];
    int s = orient(a[x], a[z], a[y]);
    if (s == 0) return 0;
    if (s < 0)
      return below[x][z] - below[x][y] - below[y][z] -
             on[x][y] - on[y][z] - at[y];
    return below[x][y] + below[y][z] - below[x][z] - on[x][z];
  }
};

}  // namespace geo
