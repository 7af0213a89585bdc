"""The seed article, analysed: who said what, how, and how sure anyone is.

Run: python examples/demo.py
"""

import os
import sys

import attribution
from attribution.cli import format_table, seed_article

result = attribution.analyze(seed_article())
try:
    print(format_table(result))
    sys.stdout.flush()
except BrokenPipeError:
    # The reader stopped early ("python examples/demo.py | head"): not an error.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)
