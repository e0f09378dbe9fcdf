// Runs one piece of work per input on a few threads, handing inputs out one at a time through an atomic
// index, so a directory of many small files keeps every core busy. Each thread builds its own state (a
// tree-sitter parser cannot be shared between threads); results go into per-input slots, so what the
// caller prints afterwards never depends on scheduling.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace distill::cli {

// The number of threads to use when the user did not say: one per core.
inline unsigned default_jobs() {
  return std::max(1u, std::thread::hardware_concurrency());
}

// Calls work(state, i) for every i in [0, count), where state comes from make_state() once per thread. One
// input, or jobs == 1, runs on the calling thread (stdin can only be read once, and a thread costs more
// than a small file).
template <typename MakeState, typename Work>
void for_each_input_in_parallel(size_t count, unsigned jobs, MakeState make_state, Work work) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    auto state = make_state();
    for (size_t i = next++; i < count; i = next++) work(state, i);
  };
  unsigned threads = static_cast<unsigned>(std::min<size_t>(std::max(1u, jobs), std::max<size_t>(1, count)));
  if (threads == 1) {
    worker();
    return;
  }
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (std::thread& thread : pool) thread.join();
}

}  // namespace distill::cli
