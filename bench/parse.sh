#!/usr/bin/env bash
# Parse benchmark: throughput over the whole shared corpus in one process, and cold start of `distill parse`
# on one typical file (hyperfine, no shell in between). Usage: bench/parse.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/files}
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)" --target distill parse_bench >/dev/null
echo "== throughput (parse + typed model), $corpus"
build/parse_bench "$corpus" 5
typical=${TYPICAL:-../shared/corpus/files/docker-library__python__3.10__bookworm__Dockerfile}
echo "== cold start: distill parse $(basename "$typical") ($(wc -c < "$typical") bytes)"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 20 --runs 300 "build/distill parse --format buildkit $typical" 2>/dev/null | sed -n '1,4p'
else
  echo "hyperfine not installed"
fi
echo "== distill parse CLI over every file of the corpus, all $(nproc) cores"
start=$(date +%s.%N); build/distill parse --format json "$corpus"/* > /dev/null 2>&1 || true
echo "distill parse: $(awk "BEGIN{printf \"%.2f\", $(date +%s.%N) - $start}") s"
