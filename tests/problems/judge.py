#!/usr/bin/env python3
"""Run a judge-format program on generated cases and check its answers independently.

  python3 tests/problems/judge.py NAME BINARY [--seed S] [--long] [--timeout SEC] [--only TEXT]

NAME is the judge's problem id; checkers/NAME.py provides
  cases(rng, scale) -> [(case_name, input_text)]   rng = random.Random(seed)
  check(input_text, output_text) -> None | reason  independent of cpgeo
  validate(input_text) -> None | reason            optional: the judge's constraints
  TIMEOUT = seconds                                optional: the problem's time limit per
                                                   case (default 10; --timeout overrides)
Seed: --seed, else env CPGEO_SEED, else DEFAULT_SEED. Long mode (--long or env CPGEO_LONG=1)
passes scale = LONG_SCALE instead of 1. A failing case's input (and the program's output)
is saved under <dir of BINARY>/judge-failures/ (or the temp dir) and its path printed.
Exit status: 0 if every case passed, 1 if any failed, 2 on a usage error.
Python 3 standard library only. See tests/problems/README.md.
"""
import argparse
import importlib.util
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

DEFAULT_SEED = 20240611
LONG_SCALE = 100
HERE = os.path.dirname(os.path.abspath(__file__))
CHECKERS = os.path.join(HERE, "checkers")


def load_checker(name):
    path = os.path.join(CHECKERS, name + ".py")
    if not os.path.isfile(path):
        print(f"judge.py: no checker {path}", file=sys.stderr)
        sys.exit(2)
    if CHECKERS not in sys.path:  # checkers import their shared modules: import _circle as C
        sys.path.insert(0, CHECKERS)
    spec = importlib.util.spec_from_file_location("cpgeo_checker_" + name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for attr in ("cases", "check"):
        if not callable(getattr(module, attr, None)):
            print(f"judge.py: {path} defines no {attr}()", file=sys.stderr)
            sys.exit(2)
    return module


def human_size(n):
    for unit in ("B", "KB", "MB"):
        if n < 1024 or unit == "MB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def env_flag(name):
    return os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no", "off")


def run_case(binary, input_text, timeout):
    """(output_text, stderr_text, seconds, error or None)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run([binary], input=input_text.encode(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return (e.stdout or b"").decode(errors="replace"), "", timeout, f"timeout after {timeout} s"
    except OSError as e:
        return "", "", 0.0, f"cannot run: {e}"
    seconds = time.perf_counter() - start
    out = proc.stdout.decode(errors="replace")
    err = proc.stderr.decode(errors="replace")
    if proc.returncode < 0:
        try:
            sig = signal.Signals(-proc.returncode).name
        except ValueError:
            sig = str(-proc.returncode)
        return out, err, seconds, f"killed by {sig}"
    if proc.returncode != 0:
        return out, err, seconds, f"exit code {proc.returncode}"
    return out, err, seconds, None


def save_failure(binary, name, case, input_text, output_text):
    """Write the case's input and output; return the input's path."""
    stem = f"{name}.{case}"
    for folder in (os.path.join(os.path.dirname(os.path.abspath(binary)), "judge-failures"),
                   os.path.join(tempfile.gettempdir(), "cpgeo-judge-failures")):
        try:
            os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, stem + ".in")
            with open(path, "w") as f:
                f.write(input_text)
            with open(os.path.join(folder, stem + ".out"), "w") as f:
                f.write(output_text)
            return path
        except OSError:
            continue
    return "(could not save)"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("name", help="problem id, e.g. CGL_1_C (checkers/NAME.py)")
    ap.add_argument("binary", help="the compiled program")
    ap.add_argument("--seed", type=int, help=f"case seed (else env CPGEO_SEED, else {DEFAULT_SEED})")
    ap.add_argument("--long", action="store_true",
                    help=f"long mode: scale {LONG_SCALE} (also env CPGEO_LONG=1)")
    ap.add_argument("--timeout", type=float,
                    help="seconds per case (default: the checker's TIMEOUT, else 10)")
    ap.add_argument("--only", metavar="TEXT", help="run only cases whose name contains TEXT")
    args = ap.parse_args(argv)

    if args.seed is not None:
        seed = args.seed
    elif os.environ.get("CPGEO_SEED", "").strip():
        try:
            seed = int(os.environ["CPGEO_SEED"])
        except ValueError:
            print(f"judge.py: CPGEO_SEED={os.environ['CPGEO_SEED']!r} is not an integer", file=sys.stderr)
            return 2
    else:
        seed = DEFAULT_SEED
    scale = LONG_SCALE if args.long or env_flag("CPGEO_LONG") else 1
    binary = args.binary if os.sep in args.binary else os.path.join(".", args.binary)
    if not os.access(binary, os.X_OK):
        print(f"judge.py: {binary} is not an executable file", file=sys.stderr)
        return 2

    checker = load_checker(args.name)
    start = time.perf_counter()
    cases = checker.cases(random.Random(seed), scale)
    gen_seconds = time.perf_counter() - start
    names = [c[0] for c in cases]
    if len(set(names)) != len(names):
        print("judge.py: checker gives two cases the same name", file=sys.stderr)
        return 2
    if args.only:
        cases = [c for c in cases if args.only in c[0]]
    print(f"judge {args.name}: {binary}, seed {seed}, scale {scale}, {len(cases)} cases "
          f"(generated in {gen_seconds:.2f} s); reproduce with --seed {seed}"
          + (" --long" if scale != 1 else ""))
    sys.stdout.flush()

    passed = failed = 0
    width = max([len(c[0]) for c in cases] + [4])
    validate = getattr(checker, "validate", None)
    for case, input_text in cases:
        reason = validate(input_text) if validate else None
        output, err, seconds, check_seconds = "", "", 0.0, 0.0
        if reason is not None:
            reason = "invalid input (generator bug): " + reason
        else:
            limit = args.timeout or getattr(checker, "TIMEOUT", 10.0)
            output, err, seconds, reason = run_case(binary, input_text, limit)
            if reason is None:
                t = time.perf_counter()
                try:
                    reason = checker.check(input_text, output)
                except Exception as e:  # a checker crash is a failure, not a pass
                    reason = f"checker raised {type(e).__name__}: {e}"
                check_seconds = time.perf_counter() - t
        status = "OK" if reason is None else "FAIL " + reason
        print(f"{case:<{width}}  {human_size(len(input_text)):>8}  run {seconds:6.3f} s  "
              f"check {check_seconds:5.2f} s  {status}")
        if reason is None:
            passed += 1
        else:
            failed += 1
            path = save_failure(binary, args.name, case, input_text, output)
            print(f"    input saved: {path}   rerun: {binary} < {path}")
            for line in err.strip().splitlines()[-5:]:
                print("    stderr: " + line)
        sys.stdout.flush()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
