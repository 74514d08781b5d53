#!/usr/bin/env python3
"""Runs one link checker against the loopback web and appends one JSON record of what it cost.

    measure.py --record FILE --regime 20ms --tool citecheck --label cold --links 5000 \
               --port P --out-prefix PATH [--timeout 300] -- COMMAND...

Wall time is taken around the child; user+sys CPU time and peak memory (ru_maxrss) come from
wait4() on it, so they cover the child and every descendant it waited for (the same figures
/usr/bin/time -v prints, with no dependency on it). Before the run the server's request count
is reset and after it read back, so each record also says how many requests (HEAD/GET) the
tool really made and how many it had in flight at most. Standard output and error go to
PATH.out and PATH.err for report.py to count what the tool found.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request


def server_stats(port, reset):
    # Only ever the benchmark's own server on the loopback address.
    url = f"http://127.0.0.1:{port}/__stats" + ("?reset=1" if reset else "")
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.loads(answer.read().decode())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", required=True)
    parser.add_argument("--regime", required=True)
    parser.add_argument("--tool", required=True)
    parser.add_argument("--label", default="")
    parser.add_argument("--links", type=int, required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out-prefix", required=True)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--expected", default="", help="the web's expected.json")
    parser.add_argument("--note", default="")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command to run")

    server_stats(args.port, reset=True)
    timed_out = threading.Event()
    with open(args.out_prefix + ".out", "wb") as out, open(args.out_prefix + ".err", "wb") as err:
        start = time.monotonic()  # the clock the server's first_request/last_answer use
        try:
            child = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        except OSError as error:
            print(f"measure.py: cannot run {command[0]}: {error}", file=sys.stderr)
            return 1

        def stop():
            timed_out.set()
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(args.timeout, stop)
        timer.start()
        _, status, usage = os.wait4(child.pid, 0)
        end = time.monotonic()
        wall = end - start
        timer.cancel()
    stats = server_stats(args.port, reset=False)
    phases = None
    if stats.get("first_request") and stats.get("last_answer"):
        phases = {
            "before_s": round(stats["first_request"] - start, 3),
            "requests_s": round(stats["last_answer"] - stats["first_request"], 3),
            "after_s": round(end - stats["last_answer"], 3),
        }
    record = {
        "regime": args.regime,
        "tool": args.tool,
        "label": args.label,
        "links": args.links,
        "command": command,
        "wall_s": round(wall, 3),
        "user_s": round(usage.ru_utime, 3),
        "sys_s": round(usage.ru_stime, 3),
        "max_rss_kb": usage.ru_maxrss,
        "exit": os.waitstatus_to_exitcode(status),
        "timed_out": timed_out.is_set(),
        "server": stats,
        "phases": phases,
        "out": args.out_prefix + ".out",
        "err": args.out_prefix + ".err",
        "expected": args.expected,
        "note": args.note,
    }
    with open(args.record, "a", encoding="utf-8") as records:
        records.write(json.dumps(record) + "\n")
    print(f"  {args.regime:>5} {args.tool:<20} {args.label:<6} {wall:8.2f} s wall, "
          f"{usage.ru_utime + usage.ru_stime:7.2f} s CPU, {usage.ru_maxrss / 1024:7.1f} MB, "
          f"exit {record['exit']}{' (timed out)' if timed_out.is_set() else ''}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
