#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in their own tree and runs each for N seconds, one
# at a time. Findings land in fuzz/crashes/<target>/ so they can be replayed:
#   build-fuzz/bin/fuzz_read_jats fuzz/crashes/fuzz_read_jats/<file>
# Usage: scripts/fuzz.sh [seconds-per-target] [target...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
build=${CITECHECK_FUZZ_BUILD:-$root/build-fuzz}
cxx=${CXX_FUZZ:-clang++-14}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_read_text fuzz_read_markdown fuzz_read_html fuzz_read_wikitext fuzz_read_jats
           fuzz_read_pdf fuzz_read_docx fuzz_parse_text fuzz_cache_evidence fuzz_cache_parsed
           fuzz_cache_response fuzz_plugin_records fuzz_check_page)
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCITECHECK_FUZZ=ON \
  -DCITECHECK_BUILD_TESTS=OFF -DCITECHECK_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target "${targets[@]}" -j2

status=0
# Process-lifetime caches of system libraries are not the readers' leaks.
export LSAN_OPTIONS="suppressions=$root/fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
for target in "${targets[@]}"; do
  seeds=$root/fuzz/corpus/${target#fuzz_read_}
  [ "$target" = fuzz_parse_text ] && seeds=$root/fuzz/corpus/parse_text
  [ "$target" = fuzz_cache_evidence ] && seeds=$root/fuzz/corpus/cache_evidence
  [ "$target" = fuzz_cache_parsed ] && seeds=$root/fuzz/corpus/cache_parsed
  [ "$target" = fuzz_cache_response ] && seeds=$root/fuzz/corpus/cache_response
  [ "$target" = fuzz_plugin_records ] && seeds=$root/fuzz/corpus/plugin_records
  [ "$target" = fuzz_check_page ] && seeds=$root/fuzz/corpus/check_page
  work=$(mktemp -d)                      # grown corpus: not committed
  crashes=$root/fuzz/crashes/$target
  mkdir -p "$crashes"
  echo "== $target: ${seconds}s"
  # -rss_limit_mb and -timeout turn unbounded memory and hangs into findings too.
  if ! "$build/bin/$target" "$work" "$seeds" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$crashes/" -print_final_stats=1 \
      2>"$work.log"; then
    status=1
    echo "   FINDING: see $crashes and the log below"
    grep -E "ERROR|SUMMARY|#[0-9]+ 0x" "$work.log" | head -30
  fi
  grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" "$work.log" || true
  rm -rf "$work" "$work.log"
  rmdir "$crashes" 2>/dev/null || true
done
exit $status
