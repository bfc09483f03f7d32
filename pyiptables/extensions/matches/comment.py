"""-m comment: a note kept with the rule; always matches (xt_comment)."""
from __future__ import annotations

from ...xtables import Match, Opt, register
from ...xtoptions import c_cut, save_string

XT_MAX_COMMENT_LEN = 256


class Comment(Match):
    NAME = "comment"
    HELP = ("comment match options:\n"
            "--comment COMMENT             Attach a comment to a rule\n")
    # the kernel keeps 255 bytes and a NUL: a longer argument is cut, not refused
    OPTIONS = (Opt("comment", lambda a, e: c_cut(a, XT_MAX_COMMENT_LEN), mandatory=True),)

    def save(self):
        return " --comment" + save_string(self.v["comment"])

    def print(self, numeric):
        return f" /* {self.v['comment']} */"

    def compile(self):
        def comment_mt(pkt, par):
            return True
        return comment_mt


register(Comment)
