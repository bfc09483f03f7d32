"""store.py writes and reads CURRENT without the json module for its usual names: the text is
json.dumps()'s, and what it reads from any text is json.loads()'s (or both refuse it)."""
from __future__ import annotations

import json
import random

from pyiptables.store import FORMAT, current_text, parse_current


def test_current_text_is_json():
    r = random.Random(3)
    alphabet = "abz_AZ09.,:\" \\é{}/"
    names = ["rules", "host", "conntrack", "x_y", "a.1.2"]
    for _ in range(3000):
        files = {}
        for _ in range(r.randrange(4)):
            k = r.choice(names) if r.random() < 0.7 else "".join(r.choice(alphabet) for _ in range(r.randrange(6)))
            files[k] = f"{k}.{r.randrange(99999)}.{r.randrange(10 ** 12)}" if r.random() < 0.8 else \
                "".join(r.choice(alphabet) for _ in range(r.randrange(8)))
        text = current_text(files)
        assert text == json.dumps({"format": FORMAT, "files": files})
        for t in (text, text[:r.randrange(len(text))], text.replace(" ", "", 1), text + " ",
                  text.replace('"', "'", 1), text.replace(", ", ",", 1), text.replace("1", "2", 1)):
            try:
                want = json.loads(t)
            except ValueError as e:
                want = type(e)
            try:
                got = parse_current(t)
            except ValueError as e:
                got = type(e)
            assert got == want, t
