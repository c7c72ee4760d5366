// Fixture for tests/include_check.py --self-test: must fail when included twice (no guard).
// EXPECT: redefinition of
namespace fx {
struct Twice {};
}  // namespace fx
