#!/usr/bin/env python3
"""Replays the statements bench/statements.ts recorded (--json) and prints, per statement, SQLite's own
counters of the work it did: virtual machine steps, full-scan steps, sorts and automatic indexes
(sqlite3_stmt_status) and, per loop of the plan, how many times it ran and how many rows it visited
(sqlite3_stmt_scanstatus_v2). These counts do not depend on how busy the machine is.

It needs a SQLite library built from the same amalgamation as better-sqlite3 (same planner, STAT4) with
scan statistics enabled; bench/scanstats.py --build makes one in /tmp/casewatch-sqlite (a minute or two):
  python3 bench/scanstats.py --build
  python3 bench/scanstats.py --db /tmp/s.db --json /tmp/s.json [--page /dashboard]
"""
import argparse
import ctypes as C
import json
import os
import re
import subprocess
import sys

LIB_DIR = "/tmp/casewatch-sqlite"
LIB = os.path.join(LIB_DIR, "libsqlite-scanstats.so")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEPS = os.path.join(ROOT, "node_modules/better-sqlite3/deps")


def build():
    defines = re.findall(r"'(SQLITE_[A-Z0-9_]+(?:=[^']*)?)'", open(os.path.join(DEPS, "defines.gypi")).read())
    os.makedirs(LIB_DIR, exist_ok=True)
    cmd = ["gcc", "-O1", "-shared", "-fPIC", *["-D" + d for d in defines], "-DSQLITE_ENABLE_STMT_SCANSTATUS"]
    cmd += ["-o", LIB, os.path.join(DEPS, "sqlite3/sqlite3.c"), "-lm", "-lpthread"]
    subprocess.check_call(cmd)
    print(LIB)


STATUS = {"fullscan": 1, "sort": 2, "autoindex": 3, "vm_steps": 4}
SCAN_NLOOP, SCAN_NVISIT, SCAN_EST, SCAN_NAME, SCAN_EXPLAIN = 0, 1, 2, 3, 4
SQLITE_ROW, SQLITE_DONE = 100, 101
TRANSIENT = C.c_void_p(-1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", action="store_true")
    ap.add_argument("--lib", default=LIB)
    ap.add_argument("--db")
    ap.add_argument("--json")
    ap.add_argument("--page", action="append")
    a = ap.parse_args()
    if a.build:
        return build()
    lib = C.CDLL(a.lib)
    lib.sqlite3_open.argtypes = [C.c_char_p, C.POINTER(C.c_void_p)]
    lib.sqlite3_prepare_v2.argtypes = [C.c_void_p, C.c_char_p, C.c_int, C.POINTER(C.c_void_p), C.c_void_p]
    lib.sqlite3_errmsg.argtypes = [C.c_void_p]
    lib.sqlite3_errmsg.restype = C.c_char_p
    lib.sqlite3_bind_text.argtypes = [C.c_void_p, C.c_int, C.c_char_p, C.c_int, C.c_void_p]
    lib.sqlite3_bind_int64.argtypes = [C.c_void_p, C.c_int, C.c_longlong]
    lib.sqlite3_bind_double.argtypes = [C.c_void_p, C.c_int, C.c_double]
    lib.sqlite3_bind_null.argtypes = [C.c_void_p, C.c_int]
    lib.sqlite3_step.argtypes = [C.c_void_p]
    lib.sqlite3_finalize.argtypes = [C.c_void_p]
    lib.sqlite3_stmt_status.argtypes = [C.c_void_p, C.c_int, C.c_int]
    lib.sqlite3_stmt_scanstatus_v2.argtypes = [C.c_void_p, C.c_int, C.c_int, C.c_int, C.c_void_p]
    lib.sqlite3_exec.argtypes = [C.c_void_p, C.c_char_p, C.c_void_p, C.c_void_p, C.c_void_p]
    db = C.c_void_p()
    if lib.sqlite3_open(a.db.encode(), C.byref(db)):
        sys.exit("cannot open " + a.db)
    lib.sqlite3_exec(db, b"pragma cache_size=-65536", None, None, None)
    data = json.load(open(a.json))
    for page, stmts in data.items():
        if a.page and page not in a.page:
            continue
        print(f"\n## {page}: {len(stmts)} statements")
        print("| # | rows | VM steps | full-scan steps | sorts | auto-index | loops: rows visited (runs) | statement |")
        print("|---:|---:|---:|---:|---:|---:|---|---|")
        tot = 0
        for i, s in enumerate(stmts, 1):
            st = C.c_void_p()
            if lib.sqlite3_prepare_v2(db, s["source"].encode(), -1, C.byref(st), None):
                print(f"| {i} | error: {lib.sqlite3_errmsg(db).decode()} | | | | | | {s['source'][:80]} |")
                continue
            for k, v in enumerate(s["args"], 1):
                if v is None:
                    lib.sqlite3_bind_null(st, k)
                elif isinstance(v, bool) or isinstance(v, int):
                    lib.sqlite3_bind_int64(st, k, int(v))
                elif isinstance(v, float):
                    lib.sqlite3_bind_double(st, k, v)
                else:
                    lib.sqlite3_bind_text(st, k, str(v).encode(), -1, TRANSIENT)
            n = 0
            while True:
                rc = lib.sqlite3_step(st)
                if rc == SQLITE_ROW:
                    n += 1
                    continue
                break
            stat = {k: lib.sqlite3_stmt_status(st, op, 0) for k, op in STATUS.items()}
            tot += stat["vm_steps"]
            loops = []
            j = 0
            while True:
                nloop, nvisit = C.c_longlong(), C.c_longlong()
                expl = C.c_char_p()
                if lib.sqlite3_stmt_scanstatus_v2(st, j, SCAN_NLOOP, 0, C.byref(nloop)):
                    break
                lib.sqlite3_stmt_scanstatus_v2(st, j, SCAN_NVISIT, 0, C.byref(nvisit))
                lib.sqlite3_stmt_scanstatus_v2(st, j, SCAN_EXPLAIN, 0, C.byref(expl))
                text = (expl.value or b"").decode()
                text = re.sub(r"^(SEARCH|SCAN) ", "", text)
                loops.append(f"{text[:90]}: {nvisit.value} ({nloop.value})")
                j += 1
            lib.sqlite3_finalize(st)
            src = re.sub(r"\s+", " ", s["source"])[:160]
            print(
                f"| {i} | {n} | {stat['vm_steps']} | {stat['fullscan']} | {stat['sort']} | {stat['autoindex']} | "
                f"{'; '.join(loops)} | {src} |"
            )
        print(f"VM steps, whole request: {tot}")


if __name__ == "__main__":
    main()
