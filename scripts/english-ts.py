#!/usr/bin/env python3
"""Finishes translations/letthatsyncin_en.ts from the source texts, so English has no
unfinished entries: a plain message is translated as itself, and "%n drive(s)" gets the
forms "%n drive" and "%n drives". Run it after update_translations; entries that are
already finished (by hand, for irregular plurals) are left alone."""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "translations/letthatsyncin_en.ts")
text = path.read_text(encoding="utf-8")

plural = re.compile(
    r'(<message numerus="yes">\s*(?:<location[^>]*/>\s*)*<source>(?P<source>[^<]*)</source>\s*'
    r'(?:<comment>[^<]*</comment>\s*)?)'
    r'<translation type="unfinished">\s*<numerusform>[^<]*</numerusform>\s*<numerusform>[^<]*</numerusform>\s*</translation>',
    re.S)
single = re.compile(
    r'(<message>\s*(?:<location[^>]*/>\s*)*<source>(?P<source>[^<]*)</source>\s*'
    r'(?:<comment>[^<]*</comment>\s*)?)'
    r'<translation type="unfinished">[^<]*</translation>',
    re.S)


def fill_plural(match):
    source = match.group("source")
    one = source.replace("(s)", "").replace("(es)", "")
    many = source.replace("(s)", "s").replace("(es)", "es")
    return (match.group(1) + "<translation>\n            <numerusform>" + one
            + "</numerusform>\n            <numerusform>" + many
            + "</numerusform>\n        </translation>")


def fill_single(match):
    return match.group(1) + "<translation>" + match.group("source") + "</translation>"


text, plurals = plural.subn(fill_plural, text)
text, singles = single.subn(fill_single, text)
path.write_text(text, encoding="utf-8")
print(f"{path}: {plurals} plural and {singles} plain message(s) finished")
