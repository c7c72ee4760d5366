// Unit tests of geometry/polygon/triangulate.hpp and geometry/polygon/triangulate_fast.hpp
// (every test runs both: triangulate and triangulate_fast): degenerate sizes and zero area,
// the straight-angle vertex reached by a diagonal, collinear vertices on every edge, combs and
// spirals, the coordinate bound 1e9, double and exact-rational input, double input inside
// the eps band (no crash; ear clipping's triangles stay positive), clockwise input (the
// orient tests mirrored); and the oracles' own verdicts on wrong triangulations.
#include "geometry/polygon/triangulate.hpp"
#include "geometry/polygon/triangulate_fast.hpp"

#include "oracle_triangulation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;
using Tris = std::vector<std::array<int, 3>>;

template <class T> Tris run(int which, const std::vector<Point<T>>& P) {
  return which ? geo::triangulate_fast(P) : geo::triangulate(P);
}

// Both variants tile P (check_tiling while small, the chain check always).
void expect_tiles(const PL& P) {
  const auto QP = oracle::qpoly(P);
  for (int w = 0; w < 2; w++) {
    const Tris T = run(w, P);
    EXPECT_EQ(oracle::check_chain(QP, T), "") << (w ? "fast" : "ear") << " n=" << P.size();
    if (P.size() <= 80) {
      EXPECT_EQ(oracle::check_tiling(QP, T), "") << (w ? "fast" : "ear");
    }
  }
}

Tris sorted(Tris T) {  // each triple rotated to start at its least index, then sorted
  for (auto& t : T) std::rotate(t.begin(), std::min_element(t.begin(), t.end()), t.end());
  std::sort(T.begin(), T.end());
  return T;
}

PL comb(int k, LL s) {  // k teeth of height 3 on a bar, times s
  PL P{{0, 0}, {2 * k * s, 0}, {2 * k * s, s}};
  for (LL i = k - 1; i >= 0; i--) {
    P.push_back({(2 * i + 1) * s, s}), P.push_back({(2 * i + 1) * s, 4 * s}), P.push_back({2 * i * s, 4 * s});
    if (i) P.push_back({2 * i * s, s});
  }
  P.push_back({0, s});
  return P;
}

TEST(PolygonTriangulate, DegenerateSizesAndZeroArea) {
  for (int w = 0; w < 2; w++) {
    EXPECT_TRUE(run(w, PL{}).empty());
    EXPECT_TRUE(run(w, PL{{1, 2}}).empty());
    EXPECT_TRUE(run(w, PL{{1, 2}, {3, 4}}).empty());
    EXPECT_TRUE(run(w, PL{{0, 0}, {1, 1}, {2, 2}}).empty());            // collinear
    EXPECT_TRUE(run(w, PL{{0, 0}, {3, 0}, {1, 0}, {2, 0}}).empty());    // back and forth
    EXPECT_TRUE(run(w, PL{{5, 5}, {5, 9}, {5, 7}}).empty());            // vertical
  }
}

TEST(PolygonTriangulate, TriangleAndSquare) {
  for (int w = 0; w < 2; w++) {
    EXPECT_EQ(sorted(run(w, PL{{0, 0}, {4, 0}, {0, 3}})), (Tris{{0, 1, 2}}));
    const Tris T = run(w, PL{{0, 0}, {1, 0}, {1, 1}, {0, 1}});
    EXPECT_EQ(T.size(), 2u);
  }
  expect_tiles(PL{{0, 0}, {1, 0}, {1, 1}, {0, 1}});
}

TEST(PolygonTriangulate, StraightAngleVertexIsReachedByADiagonal) {
  // (2, 0) lies on the straight angle 0 -> 1 -> 2: never an ear tip; the only triangulation
  // joins it to the apex.
  const PL P{{0, 0}, {2, 0}, {4, 0}, {2, 2}};
  for (int w = 0; w < 2; w++) EXPECT_EQ(sorted(run(w, P)), (Tris{{0, 1, 3}, {1, 2, 3}}));
  // a square with a point inside every edge, and a run of five collinear points
  expect_tiles(PL{{0, 0}, {1, 0}, {2, 0}, {2, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}});
  expect_tiles(PL{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {2, 1}});
  expect_tiles(PL{{0, 0}, {6, 0}, {6, 1}, {5, 1}, {4, 1}, {3, 1}, {2, 1}, {1, 1}, {0, 1}});
}

TEST(PolygonTriangulate, ReflexShapes) {
  expect_tiles(PL{{0, 0}, {4, 0}, {4, 4}, {2, 2}, {0, 4}});                       // arrow
  expect_tiles(PL{{0, 0}, {6, 0}, {6, 1}, {1, 1}, {1, 2}, {6, 2}, {6, 3}, {0, 3}});  // C
  expect_tiles(PL{{0, 0}, {3, 1}, {6, 0}, {5, 3}, {6, 6}, {3, 5}, {0, 6}, {1, 3}});  // star
  expect_tiles(comb(1, 1));
  expect_tiles(comb(30, 1));
  // zigzag in x: split and merge vertices in a row, vertical edges (equal x)
  PL Z{{0, 0}};
  for (int i = 1; i <= 20; i++) Z.push_back({i, i % 2 ? 3 : 1});
  Z.push_back({21, 0}), Z.push_back({21, 10});
  for (int i = 20; i >= 1; i--) Z.push_back({i, i % 2 ? 7 : 9});
  Z.push_back({0, 10});
  expect_tiles(Z);
}

TEST(PolygonTriangulate, AtTheCoordinateBound) {
  const LL M = 1000000000;
  expect_tiles(PL{{-M, -M}, {M, -M}, {M, M}, {0, M}, {-M, M}, {-M, 0}});
  expect_tiles(PL{{-M, -M}, {M, -M}, {M, M}, {M - 1, -M + 1}, {-M, M}});  // a sliver
  PL C = comb(40, M / 80);
  for (auto& p : C) p = Point<LL>(p.x - M, p.y - M);
  expect_tiles(C);
}

TEST(PolygonTriangulate, FloatingAndExactTypesGiveTheIntegerAnswer) {
  const PL P{{0, 0}, {6, 0}, {6, 1}, {1, 1}, {1, 2}, {6, 2}, {6, 3}, {3, 3}, {0, 3}};
  std::vector<Point<double>> D;
  std::vector<Point<oracle::QX>> Q;
  for (auto& p : P) D.push_back(Point<double>(p) * 0.25), Q.push_back({oracle::QX(p.x) / 7, oracle::QX(p.y) / 7});
  for (int w = 0; w < 2; w++) {
    EXPECT_EQ(run(w, D), run(w, P));
    EXPECT_EQ(run(w, Q), run(w, P));
  }
}

TEST(PolygonTriangulate, FloatingInsideTheBandDoesNotCrash) {
  // Combs moved by up to 2 eps (collinear bar vertices now in the band): the contract gives
  // no tiling here; ear clipping's triangles keep orient > 0 and are at most n - 2, the
  // sweep returns something (or {}) without stepping off its set.
  std::mt19937_64 g(5);
  std::uniform_real_distribution<double> jit(-2e-9, 2e-9);
  for (int it = 0; it < 2000; it++) {
    const int k = 1 + static_cast<int>(g() % 8);
    const PL C = comb(k, 1);
    std::vector<Point<double>> D;
    const double s = std::ldexp(1.0, -static_cast<int>(g() % 11));
    for (auto& p : C) D.push_back({static_cast<double>(p.x) * s + jit(g), static_cast<double>(p.y) * s + jit(g)});
    const Tris E = geo::triangulate(D);
    EXPECT_LE(E.size(), D.size() - 2);
    for (auto& t : E) EXPECT_GT(geo::orient(D[size_t(t[0])], D[size_t(t[1])], D[size_t(t[2])]), 0);
    (void)geo::triangulate_fast(D);
  }
}

TEST(PolygonTriangulate, ClockwiseIsMirrored) {
  // A clockwise polygon: the same tiling, triangles still counter-clockwise; checked on the
  // reversed (counter-clockwise) polygon with indices mapped i -> n - 1 - i.
  const std::vector<PL> cases{
      {{0, 0}, {2, 0}, {4, 0}, {2, 2}},
      {{0, 0}, {4, 0}, {4, 4}, {2, 2}, {0, 4}},
      {{0, 0}, {6, 0}, {6, 1}, {1, 1}, {1, 2}, {6, 2}, {6, 3}, {0, 3}},
      comb(20, 3)};
  for (const PL& P : cases) {
    const PL C(P.rbegin(), P.rend());
    const int n = static_cast<int>(P.size());
    for (int w = 0; w < 2; w++) {
      Tris T = run(w, C);
      for (auto& t : T) {
        EXPECT_GT(geo::orient(C[size_t(t[0])], C[size_t(t[1])], C[size_t(t[2])]), 0);
        for (int& i : t) i = n - 1 - i;
      }
      EXPECT_EQ(oracle::check_tiling(oracle::qpoly(P), T), "") << (w ? "fast" : "ear");
    }
  }
  // zero area, clockwise by rounding or exactly: {}
  const std::vector<Point<double>> D{{0, 0}, {0.1, 0.3}, {0.7, 2.1}, {0.3, 0.9}};
  EXPECT_TRUE(geo::triangulate(D).empty());
}

TEST(PolygonTriangulateOracle, RejectsWrongTriangulations) {
  const auto sq = oracle::qpoly(PL{{0, 0}, {2, 0}, {2, 2}, {0, 2}});
  EXPECT_EQ(oracle::check_tiling(sq, {{0, 1, 2}, {0, 2, 3}}), "");
  EXPECT_EQ(oracle::check_chain(sq, {{0, 1, 2}, {0, 2, 3}}), "");
  // areas sum right, but the two halves overlap
  EXPECT_EQ(oracle::check_tiling(sq, {{0, 1, 3}, {0, 2, 3}}), "two triangles overlap");
  EXPECT_NE(oracle::check_chain(sq, {{0, 1, 3}, {0, 2, 3}}), "");
  EXPECT_EQ(oracle::check_tiling(sq, {{0, 1, 2}}), "count 1 != n - 2");
  EXPECT_EQ(oracle::check_tiling(sq, {{0, 2, 1}, {0, 2, 3}}), "triangle not of positive area");
  // arrow: the side 0-2 passes through the vertex 3 (and the triangles cover the notch)
  const auto ar = oracle::qpoly(PL{{0, 0}, {4, 0}, {4, 4}, {2, 2}, {0, 4}});
  EXPECT_EQ(oracle::check_tiling(ar, {{0, 1, 3}, {1, 2, 3}, {0, 3, 4}}), "");
  EXPECT_EQ(oracle::check_tiling(ar, {{0, 1, 2}, {0, 2, 4}, {0, 3, 4}}), "a side is not inside P");
  EXPECT_NE(oracle::check_chain(ar, {{0, 1, 2}, {0, 2, 4}, {0, 3, 4}}), "");
}

}  // namespace
