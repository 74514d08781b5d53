#!/usr/bin/env bash
# Link-check benchmark (issue "Link rot"): citecheck check against linkinator,
# broken-link-checker, markdown-link-check and curl --parallel, on a loopback web of 5,000 URLs
# over 127.0.0.1..127.0.0.8 (10% dead, 5% moved) at 20 ms and at 0 ms per answer, plus
# citecheck's memory at 50,000 URLs. Prints a Markdown table and the ratios against the goals,
# and writes them to bench/check/RESULTS.md. Figures only: it fails only when it cannot run.
#
#   scripts/bench-check.sh [--links N] [--big-links N] [--port P] [--build-dir DIR]
#                          [--skip-build] [--citecheck PATH] [--no-peers] [--no-big]
#                          [--timeout S] [--results FILE] [--keep]
#
# Every request goes to the benchmark's own server on 127.0.0.1..127.0.0.8 (Linux routes all of
# 127.0.0.0/8 to loopback). Bounded: each tool run is killed after --timeout seconds (120).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
links=5000
big_links=50000
port=18631
build_dir=$root/build
skip_build=0
citecheck=""
peers=1
big=1
tool_timeout=120
results=$root/bench/check/RESULTS.md
keep=0

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --links) links=$2; shift 2 ;;
    --big-links) big_links=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --build-dir) build_dir=$(realpath -m "$2"); shift 2 ;;
    --skip-build) skip_build=1; shift ;;
    --citecheck) citecheck=$(realpath -m "$2"); shift 2 ;;
    --no-peers) peers=0; shift ;;
    --no-big) big=0; shift ;;
    --timeout) tool_timeout=$2; shift 2 ;;
    --results) results=$(realpath -m "$2"); shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench-check: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

bench=$root/bench/check
peers_dir=$bench/peers
citecheck=${citecheck:-$build_dir/bin/citecheck}
loopback_web=$build_dir/bin/loopback_web
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d /tmp/citecheck-bench-check.XXXXXX)
records=$work/records.jsonl
notes=$work/notes.txt
: > "$records"
: > "$notes"
server_pid=""

stop_server() {
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
cleanup() {
  stop_server
  if [[ $keep == 1 ]]; then
    echo "bench-check: outputs kept in $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

note() { echo "$*" >> "$notes"; echo "bench-check: $*" >&2; }

# --- build -----------------------------------------------------------------------------------
if [[ $skip_build == 0 ]]; then
  if [[ ! -f $build_dir/build.ninja ]]; then
    cmake -S "$root" -B "$build_dir" -G Ninja > "$work/configure.log" ||
      { cat "$work/configure.log" >&2; exit 1; }
  fi
  # The plugins too: `check` resolves sources with them, as a user's run would.
  plugins=$(cmake --build "$build_dir" --target help | grep -o '^citecheck_plugin_[a-z0-9_]*' |
              grep -v -e '_static$' -e '_host$' | sort -u || true)
  # shellcheck disable=SC2086  # one word per target
  cmake --build "$build_dir" --target citecheck loopback_web $plugins -j2
fi
for binary in "$citecheck" "$loopback_web"; do
  [[ -x $binary ]] || { echo "bench-check: $binary is missing (build it, or drop --skip-build)" >&2; exit 1; }
done
if ! "$citecheck" check --help > /dev/null 2>&1; then
  echo "bench-check: $citecheck has no 'check' command yet" >&2
  exit 1
fi

# --- peers -----------------------------------------------------------------------------------
peer_bin=$peers_dir/node_modules/.bin
if [[ $peers == 1 ]]; then
  if ! command -v npm > /dev/null; then
    note "npm is not installed: the peer checkers were not run"
    peers=0
  elif [[ ! -x $peer_bin/linkinator || ! -x $peer_bin/blc || ! -x $peer_bin/markdown-link-check ]]; then
    echo "bench-check: installing the peer checkers into $peers_dir" >&2
    if ! npm ci --prefix "$peers_dir" --no-audit --no-fund > "$work/npm.log" 2>&1; then
      note "npm ci in bench/check/peers failed ($(tail -1 "$work/npm.log")): the peer checkers were not run"
      peers=0
    fi
  fi
fi

# --- server ----------------------------------------------------------------------------------
start_server() {  # latency_ms links folder
  local latency=$1 count=$2 web=$3
  "$loopback_web" --port "$port" --links "$count" --latency-ms "$latency" --seed 1 \
    --out-dir "$web" > "$web.ready" 2> "$web.log" &
  server_pid=$!
  for _ in $(seq 1 200); do
    if grep -q '^ready' "$web.ready" 2>/dev/null; then
      echo "bench-check: $(cat "$web.ready")" >&2
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.05
  done
  echo "bench-check: the loopback web did not start: $(cat "$web.log")" >&2
  exit 1
}

measure() {  # regime tool label count web -- command...
  local regime=$1 tool=$2 label=$3 count=$4 web=$5
  shift 6
  python3 "$bench/measure.py" --record "$records" --regime "$regime" --tool "$tool" \
    --label "$label" --links "$count" --port "$port" --expected "$web/expected.json" \
    --out-prefix "$work/$regime-$tool-$label" --timeout "$tool_timeout" -- "$@" ||
    note "$tool ($regime, $label) could not be run"
}

run_regime() {  # latency_ms
  local latency=$1 regime="${1}ms" web="$work/web-${1}ms"
  start_server "$latency" "$links" "$web"
  local cache=$work/cache-$regime.db
  rm -f "$cache"*
  # The link check alone (what the peers do) sets the goals' figures; the full check, which
  # also resolves each source (every live page's metadata is fetched again by the news
  # plugin, archive lookups for the broken ones), is measured beside it with its own cache.
  local check=("$citecheck" check "$web/links.md" --max-concurrency 64 --max-per-host 8
               --format json --cache "$cache" --no-resolve)
  measure "$regime" citecheck cold "$links" "$web" -- "${check[@]}"
  measure "$regime" citecheck warm "$links" "$web" -- "${check[@]}"
  local full_cache=$work/cache-$regime-resolve.db
  rm -f "$full_cache"*
  # The archive plugin asks the loopback web's own Wayback Machine (127.0.0.9), which holds a
  # capture of each dead link: resolution does its real work and no request leaves the machine.
  local archive="http://127.0.0.9:$port"
  local full=(env "CITECHECK_WAYBACK_ENDPOINT=$archive/wayback/available"
              "CITECHECK_CDX_ENDPOINT=$archive/cdx/search/cdx"
              "CITECHECK_WAYBACK_REPLAY=$archive/web/"
              "$citecheck" check "$web/links.md" --max-concurrency 64 --max-per-host 8
              --format json --cache "$full_cache")
  measure "$regime" citecheck "cold + resolve" "$links" "$web" -- "${full[@]}"
  measure "$regime" citecheck "warm + resolve" "$links" "$web" -- "${full[@]}"
  if [[ $peers == 1 ]]; then
    # Non-recursive everywhere: only the listed links are checked.
    measure "$regime" linkinator "" "$links" "$web" -- \
      "$peer_bin/linkinator" "$web/links.md" --markdown --concurrency 64 --format json
    measure "$regime" broken-link-checker "" "$links" "$web" -- \
      "$peer_bin/blc" "http://127.0.0.1:$port/" --requests 64 --host-requests 8
    # No concurrency setting: index.js checks two links at a time (async.mapLimit(..., 2, ...)).
    measure "$regime" markdown-link-check "" "$links" "$web" -- \
      "$peer_bin/markdown-link-check" "$web/links.md"
  fi
  measure "$regime" curl "" "$links" "$web" -- \
    curl -s --parallel --parallel-max 64 -K "$web/curl.cfg" -w '%{http_code}\n'
  stop_server
}

echo "bench-check: load average $load_before on $(nproc) cores; work folder $work" >&2
run_regime 20
run_regime 0
if [[ $big == 1 ]]; then
  web="$work/web-big"
  start_server 0 "$big_links" "$web"
  rm -f "$work/cache-big.db"*
  measure 0ms-big citecheck cold "$big_links" "$web" -- \
    "$citecheck" check "$web/links.md" --max-concurrency 64 --max-per-host 8 --format json \
    --cache "$work/cache-big.db" --no-resolve
  # The same links over 100 documents, as an archive's audit reads them: check goes a batch
  # of documents at a time.
  rm -f "$work/cache-big.db"*
  measure 0ms-big-docs citecheck cold "$big_links" "$web" -- \
    "$citecheck" check "$web"/docs/*.md --max-concurrency 64 --max-per-host 8 --format json \
    --cache "$work/cache-big.db" --no-resolve
  stop_server
fi

python3 "$bench/report.py" --records "$records" --results "$results" --peers-dir "$peers_dir" \
  --work "$work" --load-before "$load_before" --notes "$notes"
echo "bench-check: written to $results" >&2
