"""-m state: the alias of conntrack (XTABLES_EXT_ALIAS) with its single --state option."""
from __future__ import annotations

from ...xtables import Opt, ParamError, register
from .conntrack import ST_ESTABLISHED, ST_INVALID, ST_NEW, ST_RELATED, ST_UNTRACKED, Conntrack, _lookup

STATES = (("INVALID", ST_INVALID), ("NEW", ST_NEW), ("ESTABLISHED", ST_ESTABLISHED),
          ("RELATED", ST_RELATED), ("UNTRACKED", ST_UNTRACKED))


def parse_states(arg: str, ext) -> int:
    mask, pos = 0, 0
    while True:
        comma = arg.find(",", pos)
        if comma < 0:
            break
        bit = _lookup(arg[pos:comma], STATES) if comma > pos else None
        if bit is None:
            raise ParamError(f'Bad state "{arg[pos:]}"')
        mask |= bit
        pos = comma + 1
    if pos == len(arg):
        raise ParamError('"--state" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED')
    bit = _lookup(arg[pos:], STATES)
    if bit is None:
        raise ParamError(f'Bad state "{arg[pos:]}"')
    return mask | bit


class State(Conntrack):
    HELP = ("state match options:\n"
            " [!] --state [INVALID|ESTABLISHED|NEW|RELATED|UNTRACKED][,...]\n"
            "\t\t\t\tState(s) to match\n")
    OPTIONS = (Opt("state", parse_states, invert=True, mandatory=True, dest="ctstate"),)

    def final_check(self, ctx):
        pass


register(State, alias="state")
