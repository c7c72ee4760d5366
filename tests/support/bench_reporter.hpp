// bench_reporter.hpp: MedianReporter, Google Benchmark's console output as usual plus every
// iteration run's real time kept, so a benchmark program can print its own ratio table from
// median_ms(method, args) after the runs. Shared by the programs under tests/bench/.
#pragma once
#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

class MedianReporter : public benchmark::ConsoleReporter {
 public:
  // (method, args) -> real times in ms, one per repetition
  std::map<std::pair<std::string, std::string>, std::vector<double>> times;

  explicit MedianReporter(OutputOptions options) : ConsoleReporter(options) {}

  void ReportRuns(const std::vector<Run>& reports) override {
    for (const Run& run : reports) {
      if (run.error_occurred || run.run_type != Run::RT_Iteration) continue;
      const double ms = run.GetAdjustedRealTime() *
                        (run.time_unit == benchmark::kMillisecond ? 1.0
                         : run.time_unit == benchmark::kMicrosecond ? 1e-3
                         : run.time_unit == benchmark::kNanosecond ? 1e-6
                         : 1e3);
      times[{run.run_name.function_name, run.run_name.args}].push_back(ms);
    }
    ConsoleReporter::ReportRuns(reports);
  }

  // the median of (method, args)'s times, -1 if it did not run
  double median_ms(const std::string& method, const std::string& args) const {
    auto it = times.find({method, args});
    if (it == times.end() || it->second.empty()) return -1;
    std::vector<double> t = it->second;
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
  }
};
