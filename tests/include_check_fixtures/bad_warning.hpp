// Fixture for tests/include_check.py --self-test: must fail alone (-Wunused-parameter).
// EXPECT: unused-parameter
#pragma once
namespace fx {
inline int three(int unused) { return 3; }
}  // namespace fx
