// Unit tests of geometry/mst/euclidean.hpp against Kruskal on all pairs (oracle_delaunay.hpp).
#include "geometry/mst/euclidean.hpp"

#include "oracle_delaunay.hpp"

#include <gtest/gtest.h>
#include <cmath>
#include <algorithm>
#include <random>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;

// "" if e is a Euclidean MST of p (spanning tree, same sorted squared lengths as Kruskal).
template <class T> std::string check(const std::vector<Point<T>>& p, const std::vector<std::array<int, 2>>& e) {
  const std::string s = oracle_delaunay::check_spanning_tree(int(p.size()), e);
  if (!s.empty()) return s;
  std::vector<oracle::Q> got;
  for (auto& x : e) {
    if (x[0] >= x[1]) return "edge not u < v";
    got.push_back(oracle::dist2(oracle::qp(p[size_t(x[0])]), oracle::qp(p[size_t(x[1])])));
  }
  std::sort(got.begin(), got.end());
  return got == oracle_delaunay::mst_weights_euclid(p) ? "" : "not minimum";
}

TEST(EuclideanMst, Degenerate) {
  EXPECT_TRUE(geo::euclidean_mst(PL{}).empty());
  EXPECT_TRUE(geo::euclidean_mst(PL{{1, 2}}).empty());
  const PL same{{4, 4}, {4, 4}, {4, 4}};
  EXPECT_EQ(geo::euclidean_mst(same), (std::vector<std::array<int, 2>>{{0, 1}, {0, 2}}));
  const PL line{{0, 0}, {10, 0}, {3, 0}, {3, 0}, {-7, 0}};
  const auto e = geo::euclidean_mst(line);
  EXPECT_EQ(check(line, e), "");
  EXPECT_EQ(e.size(), 4u);
}

TEST(EuclideanMst, SquareWithCentre) {
  const PL p{{0, 0}, {2, 0}, {0, 2}, {2, 2}, {1, 1}};
  const auto e = geo::euclidean_mst(p);
  EXPECT_EQ(check(p, e), "");
  for (auto& x : e) EXPECT_EQ(x[1], 4);  // every edge goes to the centre
}

TEST(EuclideanMst, RandomGridsAndBounds) {
  std::mt19937_64 rng(21);
  for (int it = 0; it < 300; it++) {
    const int n = int(rng() % 50);
    PL p;
    for (int i = 0; i < n; i++) {
      if (it % 3 == 2) {  // near the corners of the documented box
        const LL M = 1000000000;
        p.push_back({rng() % 2 ? M - LL(rng() % 4) : -M + LL(rng() % 4), rng() % 2 ? M - LL(rng() % 4) : -M + LL(rng() % 4)});
      } else {
        const LL g = 2 + LL(rng() % 7);
        p.push_back({LL(rng() % g), it % 3 ? LL(rng() % g) : 0});
      }
    }
    ASSERT_EQ(check(p, geo::euclidean_mst(p)), "") << "case " << it;
  }
}

TEST(EuclideanMst, Double) {
  std::vector<Point<double>> p{{0.5, 0.5}, {1.5, 0.5}, {0.5, 2.5}, {3.25, 3.0}, {0.5, 0.5}};
  EXPECT_EQ(check(p, geo::euclidean_mst(p)), "");
}

TEST(EuclideanMstDeathTest, RangeAndNaN) {
  EXPECT_DEATH(geo::euclidean_mst(PL{{0, 0}, {1, 1}, {1000000001, 0}}), "");
  EXPECT_DEATH(geo::euclidean_mst(std::vector<Point<double>>{{0, 0}, {1, std::nan("")}}), "");
}

}  // namespace
