// scoped_eps.hpp: set geo::eps<T> for one scope and restore it on exit (also on a failed
// RC_ASSERT, which throws). Use it for every test that changes eps:
//   { geotest::ScopedEps<double> e(1e-7); ... }   // geo::eps<double> is back afterwards
// eps<T> is a mutable inline variable template (geometry/scalar.hpp), shared by the whole
// program, so a test that forgets to restore it changes every later test.
#pragma once
#include "geometry/scalar.hpp"

namespace geotest {

template <class T> class ScopedEps {
 public:
  explicit ScopedEps(T value) : saved_(geo::eps<T>) { geo::eps<T> = value; }
  ~ScopedEps() { geo::eps<T> = saved_; }
  ScopedEps(const ScopedEps&) = delete;
  ScopedEps& operator=(const ScopedEps&) = delete;
  T saved() const { return saved_; }

 private:
  T saved_;
};

}  // namespace geotest
