#!/usr/bin/env python3
"""Fills the empty plural forms of translations/letthatsyncin_en.ts from the source text:
"%n drive(s)" becomes "%n drive" and "%n drives". Run it after update_translations; forms
that are already filled (by hand, for irregular plurals) are left alone."""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "translations/letthatsyncin_en.ts")
text = path.read_text(encoding="utf-8")

message = re.compile(
    r'(<message numerus="yes">\s*(?:<location[^>]*/>\s*)*<source>(?P<source>[^<]*)</source>\s*)'
    r'<translation type="unfinished">\s*<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>',
    re.S)


def fill(match):
    source = match.group("source")
    singular = source.replace("(s)", "").replace("(es)", "")
    plural = source.replace("(s)", "s").replace("(es)", "es")
    return (match.group(1) + "<translation>\n            <numerusform>" + singular
            + "</numerusform>\n            <numerusform>" + plural
            + "</numerusform>\n        </translation>")


filled, count = message.subn(fill, text)
path.write_text(filled, encoding="utf-8")
print(f"{path}: {count} plural form(s) filled")
