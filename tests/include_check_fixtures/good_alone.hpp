// Fixture for tests/include_check.py --self-test: compiles alone, twice included.
#pragma once
#include "../../geometry/point.hpp"
#include <vector>
namespace fx {
inline std::vector<geo::Point<long long>> one() { return {geo::Point<long long>(1, 2)}; }
}  // namespace fx
