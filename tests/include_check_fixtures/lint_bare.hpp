// Fixture for tests/include_check.py --self-test: std::size_t needs some standard header.
#pragma once
namespace fx {
inline std::size_t h(std::size_t n) { return n + 1; }  // FLAG <cstddef>
}  // namespace fx
