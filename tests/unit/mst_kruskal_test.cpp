// Unit tests of geometry/mst/kruskal.hpp against brute force: the minimum total weight over
// every subset of n - 1 candidate edges that is a spanning tree (small graphs).
#include "geometry/mst/kruskal.hpp"

#include <gtest/gtest.h>
#include <random>
#include <vector>

namespace {

using Edge = std::pair<long long, std::array<int, 2>>;

bool spanning(int n, const std::vector<Edge>& e) {
  std::vector<int> comp(static_cast<std::size_t>(n));
  for (int i = 0; i < n; i++) comp[std::size_t(i)] = i;
  for (const Edge& x : e) {  // relabel: O(n) per edge, fine for the brute force
    const int a = comp[std::size_t(x.second[0])], b = comp[std::size_t(x.second[1])];
    if (a == b) return false;
    for (int& c : comp) c = c == a ? b : c;
  }
  return static_cast<int>(e.size()) == n - 1;
}

TEST(Kruskal, MatchesBruteForceOnSmallGraphs) {
  std::mt19937 rng(7);
  for (int round = 0; round < 300; round++) {
    const int n = 1 + int(rng() % 5), m = int(rng() % 9);
    std::vector<Edge> cand;
    for (int i = 0; i < m; i++)
      cand.push_back({(long long)(rng() % 4), {{int(rng() % unsigned(n)), int(rng() % unsigned(n))}}});
    long long best = -1;  // brute force over all subsets
    for (unsigned mask = 0; mask < (1u << m); mask++) {
      std::vector<Edge> pick;
      long long w = 0;
      for (int i = 0; i < m; i++)
        if (mask >> i & 1) pick.push_back(cand[std::size_t(i)]), w += cand[std::size_t(i)].first;
      if (spanning(n, pick) && (best < 0 || w < best)) best = w;
    }
    const auto tree = geo::kruskal(std::size_t(n), cand);
    for (std::size_t i = 1; i < tree.size(); i++) EXPECT_LE(tree[i - 1].first, tree[i].first);
    long long w = 0;
    for (const Edge& x : tree) w += x.first;
    if (best >= 0) {
      EXPECT_TRUE(spanning(n, tree));
      EXPECT_EQ(w, best);
    } else {  // no spanning tree among the candidates: a forest, fewer than n - 1 edges
      EXPECT_LT(tree.size(), std::size_t(n - 1));
    }
  }
}

TEST(Kruskal, DegenerateInput) {
  EXPECT_TRUE(geo::kruskal(0, std::vector<Edge>{}).empty());
  EXPECT_TRUE(geo::kruskal(3, std::vector<Edge>{{1, {{2, 2}}}}).empty());  // self-loop
  const auto par = geo::kruskal(2, std::vector<Edge>{{5, {{0, 1}}}, {2, {{1, 0}}}});
  ASSERT_EQ(par.size(), 1u);
  EXPECT_EQ(par[0].first, 2);
}

TEST(KruskalDeathTest, VertexOutOfRange) {
  EXPECT_DEATH(geo::kruskal(3, std::vector<Edge>{{1, {0, 3}}}), "");
  EXPECT_DEATH(geo::kruskal(3, std::vector<Edge>{{1, {-1, 2}}}), "");
}

}  // namespace
