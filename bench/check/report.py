#!/usr/bin/env python3
"""Turns measure.py's records into the link-check benchmark's Markdown report.

    report.py --records FILE [--results bench/check/RESULTS.md] [--peers-dir DIR]
              [--work DIR] [--load-before "0.50 ..."] [--notes FILE]

For each run it counts what the tool found (dead links, moved links) from its own output and
compares that with the web's expected.json; then it prints the table, the ratios against the
goals of issue "Link rot", and the exact commands, and writes the same text to --results.
Figures only: the exit status is 0 whatever they say.
"""

import argparse
import json
import os
import platform
import re
import shlex
import subprocess
import sys
import time

LATENCY_LIMIT_MS = 20
CONCURRENCY = 64
PEERS = ("linkinator", "broken-link-checker", "markdown-link-check")
GOALS = {
    "latency_of_limit": 0.90,
    "latency_vs_peer": 2.0,
    "cpu_vs_peer": 3.0,
    "memory_vs_peer": 0.25,
    "memory_growth": 1.5,
    "warm_vs_cold": 50.0,
}


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return ""


def expected_fates(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def count_citecheck(record, expected):
    """Dead and moved from citecheck's JSON, and URLs whose state contradicts the truth."""
    try:
        report = json.loads(read(record["out"]))
    except ValueError:
        return {"dead": None, "moved": None, "problem": "no JSON on standard output"}
    states = report.get("summary", {}).get("states", {})
    wrong = 0
    if expected:
        want = {"live": "ok", "dead": "dead", "moved": "redirected"}
        seen = set()
        for document in report.get("documents", []):
            for link in document.get("links", []):
                url = link.get("url")
                if url in seen:
                    continue
                seen.add(url)
                if want.get(expected["fates"].get(url)) != link.get("state"):
                    wrong += 1
        wrong += len(set(expected["fates"]) - seen)
    return {
        "dead": states.get("dead", 0),
        "moved": states.get("redirected", 0),
        "wrong": wrong,
        "from_cache": report.get("summary", {}).get("from_cache"),
    }


def count_linkinator(record, _expected):
    try:
        links = json.loads(read(record["out"])).get("links", [])
    except ValueError:
        return {"dead": None, "moved": None, "problem": "no JSON on standard output"}
    checked = [link for link in links if link.get("parent")]
    dead = sum(1 for link in checked if link.get("state") == "BROKEN")
    # It follows redirects and reports the final 200: a move is not visible in its output.
    return {"dead": dead, "moved": None, "moved_note": "followed, not reported"}


def count_blc(record, _expected):
    text = read(record["out"])
    counts = {"dead": len(re.findall(r"─BROKEN─", text)), "moved": None,
              "moved_note": "followed, not reported"}
    if "Finished!" not in text:
        # One page checked: lib/cli.js calls process.exit() on "end" while the last results
        # still wait in its delayed log, so they are never printed.
        counts["note"] = (f"broken-link-checker ({record['regime']}) printed "
                          f"{len(re.findall(r'─(?:OK|BROKEN)─', text)):,} of "
                          f"{record['links']:,} results: with one page, its CLI exits on 'end' "
                          f"before its delayed log prints the last ones (lib/cli.js); the server "
                          f"still saw every request")
    return counts


def count_markdown_link_check(record, _expected):
    text = read(record["out"]) + read(record["err"])
    found = re.search(r"(\d+) dead links? found", text)
    if found:
        dead = int(found.group(1))
    else:
        dead = len(set(re.findall(r"\[✖\] (\S+)", text)))
    return {"dead": dead, "moved": None, "moved_note": "followed, not reported"}


def count_curl(record, _expected):
    codes = read(record["out"]).split()
    return {"dead": codes.count("404"), "moved": codes.count("301")}


COUNTERS = {
    "citecheck": count_citecheck,
    "linkinator": count_linkinator,
    "broken-link-checker": count_blc,
    "markdown-link-check": count_markdown_link_check,
    "curl": count_curl,
}


def machine(args):
    model = "unknown"
    for line in read("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    memory = "unknown"
    for line in read("/proc/meminfo").splitlines():
        if line.startswith("MemTotal"):
            memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    load_after = read("/proc/loadavg").split()[:3]

    def version(command):
        try:
            return subprocess.run(command, capture_output=True, text=True,
                                  timeout=20).stdout.strip().splitlines()[0]
        except (OSError, IndexError, subprocess.SubprocessError):
            return "?"

    peers = []
    for name in PEERS:
        package = os.path.join(args.peers_dir, "node_modules", name, "package.json")
        try:
            with open(package, encoding="utf-8") as handle:
                peers.append(f"{name} {json.load(handle)['version']}")
        except (OSError, ValueError, KeyError):
            peers.append(f"{name} (not installed)")
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "nproc": os.cpu_count(),
        "model": model,
        "memory": memory,
        "kernel": platform.release(),
        "load_before": args.load_before,
        "load_after": " ".join(load_after),
        "node": version(["node", "--version"]),
        "curl": version(["curl", "--version"]),
        "peers": ", ".join(peers),
    }


def fmt_count(value, expected, note=None):
    if value is None:
        return note or "–"
    mark = "" if expected is None else (" ✓" if value == expected else " ✗")
    return f"{value:,}{mark}"


def fmt_mb(kb):
    return f"{kb / 1024:.0f}"


def rate(run):
    return run["links"] / run["wall_s"] if run["wall_s"] > 0 else 0.0


def completed(run):
    return not run["timed_out"] and run["exit"] in (0, 1) and run["counts"].get("dead") is not None


def verdict(met):
    return "met" if met else "**missed**"


def build_report(records, info, args):
    lines = []
    add = lines.append
    links = max((r["links"] for r in records if not r["regime"].startswith("0ms-big")), default=0)
    expected = None
    for record in records:
        if not record["regime"].startswith("0ms-big"):
            expected = record.get("truth") or expected
    add("## Link-check benchmark")
    add("")
    add(f"{info['date']}; {info['nproc']} cores ({info['model']}), {info['memory']}, Linux "
        f"{info['kernel']}; load average before {info['load_before']}, after "
        f"{info['load_after']} (a shared machine: figures move with the load). {info['node']}, "
        f"{info['curl'].split(' (')[0]}; {info['peers']}.")
    add("")
    if expected:
        add(f"A loopback web of {links:,} URLs over 8 hosts (127.0.0.1–127.0.0.8), seeded: "
            f"{expected['dead']:,} dead (404), {expected['moved']:,} moved (301 to a live page), "
            f"{expected['live']:,} live (200, a small HTML page). Every answer is delayed by the "
            f"regime's latency (20 ms: latency-bound; 0 ms: CPU-bound). Concurrency 64 for every "
            f"tool that has a setting (citecheck also 8 per host). links/s = links / wall time; "
            f"CPU = user + sys of the process tree; peak = its largest max RSS; the wall time "
            f"split (start to first request, first request to last answer, last answer to exit), "
            f"the requests and the most in flight at once are the server's own counts. Runs with "
            f"resolution also ask the web's own Wayback Machine (127.0.0.9, a capture of each "
            f"dead link) for archived copies: those requests are counted apart (\"+ N archive\").")
    add("")
    add("| latency | tool | run | links/s | wall s | s before / during / after requests | CPU s | "
        "peak MB | requests HEAD / GET | max in flight | dead found | moved found |")
    add("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for run in records:
        truth = run.get("truth") or {}
        counts = run["counts"]
        server = run.get("server", {})
        regime = run["regime"].replace("-big-docs", f" ({run['links']:,} links, 100 documents)")
        regime = regime.replace("-big", f" ({run['links']:,} links, one document)")
        status = ""
        if run["timed_out"]:
            status = " (timed out)"
        elif run["exit"] not in (0, 1):
            status = f" (exit {run['exit']})"
        in_flight = server.get("max_in_flight", "–") if run["regime"].startswith("20") else "–"
        phases = run.get("phases")
        split = "–"
        if phases:
            split = f"{phases['before_s']:.2f} / {phases['requests_s']:.2f} / {phases['after_s']:.2f}"
        archive = f" + {server['archive']:,} archive" if server.get("archive") else ""
        add(f"| {regime} | {run['tool']}{status} | {run['label'] or '–'} | {rate(run):,.0f} | "
            f"{run['wall_s']:.2f} | {split} | {run['user_s'] + run['sys_s']:.2f} | "
            f"{fmt_mb(run['max_rss_kb'])} | {server.get('head', 0):,} / {server.get('get', 0):,}"
            f"{archive} | "
            f"{in_flight} | {fmt_count(counts.get('dead'), truth.get('dead'))} | "
            f"{fmt_count(counts.get('moved'), truth.get('moved'), counts.get('moved_note'))} |")
    add("")

    def best(tool_filter, regime, label=None):
        runs = [r for r in records if r["regime"] == regime and tool_filter(r["tool"])
                and (label is None or r["label"] == label) and completed(r)]
        return max(runs, key=rate) if runs else None

    is_peer = lambda tool: tool in PEERS  # noqa: E731
    cold_20 = best(lambda t: t == "citecheck", "20ms", "cold")
    warm_20 = best(lambda t: t == "citecheck", "20ms", "warm")
    cold_0 = best(lambda t: t == "citecheck", "0ms", "cold")
    peer_20 = best(is_peer, "20ms")
    peer_0 = best(is_peer, "0ms")
    citecheck_runs = [r for r in records
                      if r["tool"] == "citecheck" and not r["regime"].startswith("0ms-big")]
    peer_runs = [r for r in records if is_peer(r["tool"]) and completed(r)]
    big = [r for r in records if r["regime"] == "0ms-big" and r["tool"] == "citecheck"]
    big_docs = [r for r in records if r["regime"] == "0ms-big-docs" and r["tool"] == "citecheck"]

    add("| measure | citecheck | against | ratio | goal | verdict |")
    add("| --- | ---: | --- | ---: | --- | --- |")
    limit = CONCURRENCY / (LATENCY_LIMIT_MS / 1000)
    if cold_20:
        share = rate(cold_20) / limit
        add(f"| latency-bound (20 ms), cold | {rate(cold_20):,.0f} links/s | the limit, "
            f"64 / 0.020 s = {limit:,.0f} links/s | {share:.0%} | ≥ 90% | "
            f"{verdict(share >= GOALS['latency_of_limit'])} |")
        if peer_20:
            ratio = rate(cold_20) / rate(peer_20)
            add(f"| latency-bound (20 ms), cold | {rate(cold_20):,.0f} links/s | fastest peer, "
                f"{peer_20['tool']} {rate(peer_20):,.0f} links/s | {ratio:.1f}× | ≥ 2× | "
                f"{verdict(ratio >= GOALS['latency_vs_peer'])} |")
    if cold_0 and peer_0:
        ratio = rate(cold_0) / rate(peer_0)
        add(f"| CPU-bound (0 ms), cold | {rate(cold_0):,.0f} links/s | fastest peer, "
            f"{peer_0['tool']} {rate(peer_0):,.0f} links/s | {ratio:.1f}× | ≥ 3× | "
            f"{verdict(ratio >= GOALS['cpu_vs_peer'])} |")
        cpu_c = (cold_0["user_s"] + cold_0["sys_s"]) / cold_0["links"] * 1000
        cpu_p = min((r["user_s"] + r["sys_s"]) / r["links"] * 1000 for r in peer_runs
                    if r["regime"] == "0ms")
        add(f"| CPU per link (0 ms), cold | {cpu_c:.2f} ms | leanest peer {cpu_p:.2f} ms | "
            f"{cpu_p / cpu_c:.1f}× less | – | – |")
    if citecheck_runs and peer_runs:
        heaviest = max(citecheck_runs, key=lambda r: r["max_rss_kb"])
        lightest = min(peer_runs, key=lambda r: r["max_rss_kb"])
        ratio = heaviest["max_rss_kb"] / lightest["max_rss_kb"]
        add(f"| peak memory, {links:,} links (largest citecheck run) | "
            f"{fmt_mb(heaviest['max_rss_kb'])} MB | lightest peer, {lightest['tool']} "
            f"{fmt_mb(lightest['max_rss_kb'])} MB | {ratio:.2f} | ≤ 0.25 | "
            f"{verdict(ratio <= GOALS['memory_vs_peer'])} |")
    for runs, layout in ((big, "in one document"), (big_docs, "over 100 documents")):
        if runs and cold_0:
            growth = runs[0]["max_rss_kb"] / cold_0["max_rss_kb"]
            add(f"| peak memory, {runs[0]['links']:,} links {layout} vs {cold_0['links']:,} "
                f"(0 ms, cold) | {fmt_mb(runs[0]['max_rss_kb'])} MB | "
                f"{fmt_mb(cold_0['max_rss_kb'])} MB | {growth:.2f}× | "
                f"flat (≤ 1.5× for 10× the links) | "
                f"{verdict(growth <= GOALS['memory_growth'])} |")
    if cold_20 and warm_20:
        ratio = cold_20["wall_s"] / warm_20["wall_s"]
        add(f"| warm cache vs cold (20 ms) | {warm_20['wall_s']:.2f} s warm | "
            f"{cold_20['wall_s']:.2f} s cold | {ratio:.1f}× | ≥ 50× | "
            f"{verdict(ratio >= GOALS['warm_vs_cold'])} |")
    exact = all(r["counts"].get("dead") == (r.get("truth") or {}).get("dead")
                and r["counts"].get("moved") == (r.get("truth") or {}).get("moved")
                and r["counts"].get("wrong", 0) == 0 for r in records if r["tool"] == "citecheck")
    wrong = sum(r["counts"].get("wrong", 0) or 0 for r in records if r["tool"] == "citecheck")
    add(f"| dead and moved counts, every citecheck run | "
        f"{'exact' if exact else 'not exact'} | expected.json, URL by URL | "
        f"{wrong} URLs wrong | exact | {verdict(exact)} |")
    add("")
    add("Commands, from the repository root (`$WEB`: the folder loopback_web writes; `$PORT`: "
        "its port; `$CACHE`: a fresh cache file per regime, the same for the cold and the warm "
        "run):")
    add("")
    add("```sh")
    seen = set()
    for run in records:
        command = shlex.join(run["command"])
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        command = command.replace(root + "/", "")
        command = re.sub(r"\S*/cache-[^ ]+\.db", "$CACHE", command)
        if args.work:
            command = re.sub(re.escape(args.work) + r"/web-[^/ ]+", "$WEB", command)
            command = command.replace(args.work, "$WORK")
        command = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:$PORT", command)
        # The hundred documents as the shell glob that named them.
        command = re.sub(r"\$WEB/docs/doc-\d+\.md(?: \$WEB/docs/doc-\d+\.md)+", "$WEB/docs/*.md",
                         command)
        key = command
        if key not in seen:
            seen.add(key)
            add(command)
    add("```")
    notes = read(args.notes).strip().splitlines() if args.notes else []
    notes += [r["counts"]["note"] for r in records if r["counts"].get("note")]
    notes.append("markdown-link-check has no concurrency setting: it checks two links at a time "
                 "(async.mapLimit(links, 2, ...) in its index.js); the server's max in flight "
                 "confirms it.")
    add("")
    add("Notes:")
    add("")
    for note in notes:
        add(f"- {note}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", required=True)
    parser.add_argument("--results", default="")
    parser.add_argument("--peers-dir", default=os.path.join(os.path.dirname(__file__), "peers"))
    parser.add_argument("--work", default="")
    parser.add_argument("--load-before", default="?")
    parser.add_argument("--notes", default="")
    args = parser.parse_args()
    records = []
    for line in read(args.records).splitlines():
        if line.strip():
            record = json.loads(line)
            truth = expected_fates(record.get("expected", ""))
            record["truth"] = truth
            record["counts"] = COUNTERS.get(record["tool"], lambda *_: {})(record, truth)
            records.append(record)
    text = build_report(records, machine(args), args)
    print(text)
    if args.results:
        with open(args.results, "w", encoding="utf-8") as out:
            out.write("# Link-check benchmark results\n\nWritten by `scripts/bench-check.sh`; "
                      "paste the section below into README's Performance section.\n\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
