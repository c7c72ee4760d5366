// property.hpp: CPGEO_PROP, a RapidCheck property registered as a GoogleTest test with its
// own default case count, plus the seed/case-count reporting every property run prints.
//
//   CPGEO_PROP(Suite, Name, 500, (const geo::Point<long long>& p)) { RC_ASSERT(...); }
//
// Case count of each run (first rule that applies):
//   RC_PARAMS contains max_success=M  -> M for every property (RapidCheck's own variable)
//   CPGEO_LONG set, not "" or "0"     -> 100 x the property's default
//   otherwise                         -> the property's default (third macro argument)
// Seed: RapidCheck's: RC_PARAMS="seed=N" or a fresh random one per process. RapidCheck
// prints "Using configuration: seed=N" to stderr when it first loads its configuration; this
// file also prints, to stdout before every property,
//   [ cpgeo    ] Suite/Name seed=N cases=C (default D, CPGEO_LONG x100|RC_PARAMS max_success)
// and after it "OK, passed C tests" (plus the RC_CLASSIFY/RC_TAG distribution, if any).
// A failure prints the shrunk counterexample (exact, see show.hpp) and, at exit,
// RC_PARAMS="reproduce=..." which replays exactly that failure.
// Other RC_PARAMS keys (max_size, max_discard_ratio, noshrink, verbose_progress, ...) keep
// their RapidCheck meaning.
#pragma once
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

namespace geotest {

// 100 when CPGEO_LONG asks for the long mode, else 1.
inline int long_factor() {
  const char* s = std::getenv("CPGEO_LONG");
  return (s != nullptr && *s != '\0' && std::string(s) != "0") ? 100 : 1;
}

// max_success from RC_PARAMS, or -1 if RC_PARAMS does not set it.
inline int rc_params_max_success() {
  const char* s = std::getenv("RC_PARAMS");
  if (s == nullptr) return -1;
  rc::detail::Configuration sentinel;
  sentinel.testParams.maxSuccess = -1;
  try {
    return rc::detail::configFromString(s, sentinel).testParams.maxSuccess;
  } catch (const std::exception&) {
    return -1;  // RapidCheck itself reports the malformed RC_PARAMS
  }
}

inline int case_count(int default_cases) {
  const int m = rc_params_max_success();
  return m >= 0 ? m : default_cases * long_factor();
}

template <class Testable> void check_property(Testable&& testable, int default_cases) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  rc::detail::TestMetadata metadata;
  metadata.id = std::string(info->test_suite_name()) + "/" + info->name();
  metadata.description = info->name();

  const auto& config = rc::detail::configuration();  // prints "Using configuration: ..."
  rc::detail::TestParams params = config.testParams;
  params.maxSuccess = case_count(default_cases);

  std::cout << "[ cpgeo    ] " << metadata.id << " seed=" << params.seed
            << " cases=" << params.maxSuccess << " (default " << default_cases;
  if (rc_params_max_success() >= 0) std::cout << ", RC_PARAMS max_success";
  else if (long_factor() != 1) std::cout << ", CPGEO_LONG x" << long_factor();
  std::cout << ")" << std::endl;

  const auto result = rc::detail::checkTestable(std::forward<Testable>(testable), metadata, params);
  std::ostringstream msg;
  rc::detail::printResultMessage(result, msg);
  if (result.template is<rc::detail::SuccessResult>()) {
    std::cout << msg.str() << std::endl;
    // A reproduce= run skips properties not named in it (0 cases): that is not a pass of
    // the default suite, but it is also not a failure.
  } else {
    FAIL() << msg.str() << "\n(seed=" << params.seed << "; RapidCheck prints RC_PARAMS=\"reproduce=...\" at exit)";
  }
}

}  // namespace geotest

#define CPGEO_PROP(Suite, Name, Cases, ArgList)                                  \
  void cpgeo_prop_##Suite##_##Name ArgList;                                      \
  TEST(Suite, Name) { ::geotest::check_property(&cpgeo_prop_##Suite##_##Name, Cases); } \
  void cpgeo_prop_##Suite##_##Name ArgList
