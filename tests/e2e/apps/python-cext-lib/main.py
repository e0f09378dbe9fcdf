import os
import sys

import yamlver

cwd = os.getcwd()
print(f"e2e-probe: uid={os.getuid()} cwd={cwd} writable={'yes' if os.access(cwd, os.W_OK) else 'no'}",
      file=sys.stderr)

major, minor, _ = yamlver.libyaml_version()
print(f"yamlver {yamlver.__version__} linked against libyaml {major}.{minor}")
