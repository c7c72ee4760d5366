// cpgeo where.hpp, hash 359d1f; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
namespace geo {

// where.hpp: Where, the answer of every point-in-region test
// (polygon/contains, polygon/locate, hull/point_in_convex,
// hull/online, circle/contains, circle/enclosing).
// Where: OUTSIDE = 0, BOUNDARY = 1, INSIDE = 2, numbered as
//   AOJ CGL_3_C prints them; convertible to int (if (w) means
//   "not outside").
// Time: -.
// Precision: -.
// Degenerate: -.
// Source: AOJ CGL_3_C's output codes.
// Tests: unit where_test (through each test that returns it).
#ifndef GEO_WHERE_HPP
#define GEO_WHERE_HPP

enum Where : int { OUTSIDE = 0, BOUNDARY = 1, INSIDE = 2 };

#endif

}  // namespace geo
