// Fixture for tests/include_check.py --self-test: must fail alone (Point comes from a
// header it does not include).
// EXPECT: 'geo'
#pragma once
#include <vector>
namespace fx {
inline std::vector<geo::Point<long long>> two() { return {}; }
}  // namespace fx
