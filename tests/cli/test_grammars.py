"""The commands parse grammar/iptables.lark and grammar/restore.lark with small written-out
drivers, which keeps lark's import off the command path. Here the same grammars go through lark's
own LALR parser, and both must do exactly the same: the same tokens read, the same items reduced
at the same moments (an item is reduced once the token after it is read), the same outcome."""
from __future__ import annotations

import os
import random

import lark
import pytest

from pyiptables.parse import cmdline
from pyiptables.parse.getopt import GetoptLexer, State
from pyiptables.restore import items, normalize

try:  # tests/ may or may not become a package
    from ..kernel import cmdcorpus, gen_cmdline
except ImportError:
    from kernel import cmdcorpus, gen_cmdline

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RULES = ("command", "match", "jump", "option", "extopt", "bang", "stray", "error")


class LoggingBuilder(cmdline.Builder):
    """The Builder, noting each reduction (rule name, token types, ARG words) before applying it."""

    def __init__(self, log):
        super().__init__()
        self.log = log


def _logged(name):
    def method(self, items):
        self.log.append((name, [t.type for t in items], [t.value for t in items if t.type == "ARG"]))
        return getattr(cmdline.Builder, name)(self, items)
    return method


for _name in RULES:
    setattr(LoggingBuilder, _name, _logged(_name))


def logged_tokens(st, log, make=lambda t: t):
    for tok in GetoptLexer().lex(st):
        log.append(("token", tok.type))
        yield make(tok)


class LarkLexer(lark.lexer.Lexer):
    log: list = []

    def __init__(self, conf=None):
        pass

    def lex(self, st, *_):
        return logged_tokens(st, self.log, lambda t: lark.Token(t.type, t.value, t.start_pos))


_lark = None


def lark_parser(builder):
    global _lark
    if _lark is None:
        with open(os.path.join(ROOT, "grammar", "iptables.lark")) as f:
            _lark = lark.Lark(f.read(), parser="lalr", lexer=LarkLexer, transformer=builder)
    return _lark


def outcome(e):
    e = getattr(e, "orig_exc", e)
    return type(e).__name__, getattr(e, "message", str(e))


def run_ours(argv):
    log = []
    b = LoggingBuilder(log)
    st = State(argv)
    b.p, b.st = cmdline.Parsed(), st

    class Lexer:
        def lex(self, st):
            return logged_tokens(st, log)
    saved, cmdline._lexer = cmdline._lexer, Lexer()
    try:
        cmdline.reduce_items(st, b)
        end = ("ok",)
    except Exception as e:
        end = outcome(e)
    finally:
        cmdline._lexer = saved
    return log, end


_builder = LoggingBuilder([])


def run_lark(argv):
    log = LarkLexer.log = _builder.log = []
    st = State(argv)
    _builder.p, _builder.st = cmdline.Parsed(), st
    try:
        lark_parser(_builder).parse(st)
        end = ("ok",)
    except Exception as e:
        end = outcome(e)
    return log, end


def corpus_argvs():
    out = []
    for case in cmdcorpus.load(os.path.join(ROOT, "tests", "cmdline")):
        out += [s["argv"] for s in case.steps if s["argv"][0] == "iptables"]
    for seed in range(400):
        out += [s["argv"] for s in gen_cmdline.case(seed) if s["argv"][0] == "iptables"]
    return out


def test_iptables_grammar_reduces_as_lark_does():
    argvs = corpus_argvs()
    assert len(argvs) > 1000
    for argv in argvs:
        assert run_ours(argv) == run_lark(argv), argv


def restore_lark():
    with open(os.path.join(ROOT, "grammar", "restore.lark")) as f:
        return lark.Lark(f.read(), parser="lalr", lexer="basic", propagate_positions=True)


def lark_items(parser, text):
    """What the restore loop used to read from lark: (kind, line, text) per line."""
    for item in parser.parse(text).children:
        tok = item.children[0]
        kind, line = item.data, tok.line
        if kind in ("rules", "chains"):
            one = "rule" if kind == "rules" else "chain"
            for i, piece in enumerate(tok.split("\n")[:-1]):
                yield one, line + i, piece
        else:
            yield kind, line, tok[:-1]


PIECES = ["*filter", "*nat", "* filter", "*", ":INPUT ACCEPT [0:0]", ":X - [0:0]", ":", "COMMIT",
          "COMMIT ", " COMMIT", "COMMITX", "commit", "# a comment", "#", "", " ", "\t-A INPUT",
          "-A INPUT -j ACCEPT", "[1:2] -A INPUT", "-A X -m comment --comment \"#*:\"", "\r", "x\ry",
          "-A INPUT\x0b-j ACCEPT", "\x0c", "\u2028", "\x85", "é", "\udcff"]


@pytest.mark.parametrize("seed", range(30))
def test_restore_grammar_classifies_as_lark_does(seed):
    r = random.Random(seed)
    parser = restore_lark()
    for _ in range(50):
        lines = [r.choice(PIECES) for _ in range(r.randrange(0, 12))]
        data = "\n".join(lines).encode("utf-8", "surrogateescape") + r.choice([b"", b"\n", b"\0x"])
        text, _ = normalize(data)
        assert list(items(text)) == list(lark_items(parser, text)), lines
