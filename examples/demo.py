"""The seed article, analysed: who said what, how, and how sure anyone is.

Run: python examples/demo.py
"""

import attribution
from attribution.cli import format_table, seed_article

result = attribution.analyze(seed_article())
print(format_table(result))
