// Usage check for snippets/delaunay_fast.hpp (compiled with -include snippets/delaunay_fast.hpp).
#include "delaunay_checks.hpp"

int main() {
  check_all([](const auto& p) { return geo::delaunay_fast(p); },
            [](auto a, auto b, auto c, auto d) { return geo::in_circle_fast(a, b, c, d); });
}
