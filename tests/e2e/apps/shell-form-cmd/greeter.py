"""Greets a list of names; started with a shell-form CMD in the original Dockerfile."""

import argparse
import os
import sys
import textwrap

NAMES = ["Ada", "Alan", "Barbara", "Dennis", "Edsger", "Grace", "Ken", "Margaret"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--greeting", default="hi")
    parser.add_argument("--width", type=int, default=40)
    parser.add_argument("--shout", action="store_true")
    args = parser.parse_args(argv)

    cwd = os.getcwd()
    print(f"e2e-probe: uid={os.getuid()} cwd={cwd} writable={'yes' if os.access(cwd, os.W_OK) else 'no'}",
          file=sys.stderr)
    print(f"argv: {sys.argv[1:]}")
    line = ", ".join(f"{args.greeting} {n}" for n in NAMES)
    if args.shout:
        line = line.upper()
    for row in textwrap.wrap(line + "!", width=args.width):
        print(row)
    print(f"app: {os.environ.get('APP_NAME', '?')} greeted {len(NAMES)}")


if __name__ == "__main__":
    main()
