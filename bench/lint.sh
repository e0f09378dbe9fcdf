#!/usr/bin/env bash
# Lint benchmark, side by side with peers on the same files in the same run: whole-corpus throughput in one
# process (distill on one core; dockerfilelint and dockerfile-utils in Node), per-file cold start of each CLI
# (hyperfine), and `distill lint` over the corpus using every core. Usage: bench/lint.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/files}
typical=${TYPICAL:-../shared/corpus/files/docker-library__python__3.10__bookworm__Dockerfile}
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)" --target distill lint_bench >/dev/null
[ -d bench/peers/node_modules ] || npm ci --ignore-scripts --no-audit --no-fund --prefix bench/peers >/dev/null
echo "== whole corpus, one process ($(ls "$corpus" | wc -l) files)"
build/lint_bench "$corpus" 3
node bench/peers/lint_all.js dockerfilelint "$corpus"
node bench/peers/lint_all.js dockerfile-utils "$corpus"
echo "== distill lint CLI over the corpus, all $(nproc) cores"
start=$(date +%s.%N); build/distill lint --no-fail -f json "$corpus"/* > /dev/null || true
echo "distill lint: $(awk "BEGIN{printf \"%.2f\", $(date +%s.%N) - $start}") s"
echo "== per file, cold start: $(basename "$typical") ($(wc -c < "$typical") bytes)"
hyperfine -N --warmup 20 --runs ${RUNS:-150} --export-json bench/out-cold.json \
  "build/distill lint --no-fail $typical" \
  "bench/peers/node_modules/.bin/dockerfilelint $typical" \
  "bench/peers/node_modules/.bin/dockerfile-utils lint $typical" 2>/dev/null | grep -E "Time|±|faster|Benchmark" || true
# Medians and CPU time: a node start now and then takes twice as long, which moves the mean, not the median.
python3 - bench/out-cold.json <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
ours = results[0]
cpu = lambda r: r["user"] + r["system"]
print(f"distill: median {ours['median']*1e3:.2f} ms, CPU {cpu(ours)*1e3:.2f} ms")
for peer in results[1:]:
    name = peer["command"].split()[0].split("/")[-1]
    print(f"{name}: median {peer['median']*1e3:.1f} ms -> {peer['median']/ours['median']:.1f}x by median, "
          f"{cpu(peer)/cpu(ours):.1f}x by CPU time")
PY
