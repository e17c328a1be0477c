#!/usr/bin/env python3
"""Issue 12, offline check: questions asking for a figure whose section holds none.

Reads `eval ... --dump FILE` dumps and counts, per dump:
  (a) answerable figure questions whose expected section(s) hold no figure (a rule would refuse them),
  (b) unanswerable figure questions,
  (c) unanswerable figure questions answered whose first citation holds no figure (newly handed off),
  (d) answerable figure questions answered right whose first citation holds no figure (newly refused).
Two rules: "any" (any figure satisfies any figure question) and "typed" (an amount or rate question needs
digits, currency or a percentage; a count or duration question a number; a when-question a date, day or
frequency). Each is tried on the cited section's whole text and on the cited passage (quote) only.
The cues and patterns are English grammar, not topics.
Usage: python3 scripts/quantity-questions.py DUMP.jsonl [DUMP.jsonl ...]
"""
import json
import re
import sys

NUM = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
       "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
       "million|billion|dozen|half|quarter|twice|once")
UNIT = "second|minute|hour|day|week|fortnight|month|quarter|year|business day|working day"
MONTH = "january|february|march|april|june|july|august|september|october|november|december"
DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
FREQ = "hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|annually|annual|biannual|semi-annual"

ANY = re.compile(r"\d|[$€£¥₹%]|\b(?:" + NUM + r")\b|\b(?:a|an|per|each|every)\s+(?:" + UNIT + r")s?\b|\b(?:"
                 + MONTH + "|" + DAY + r")\b|\b(?:" + FREQ + r")\b|\bpercent|\bper cent", re.I)
AMOUNT = re.compile(r"\d|[$€£¥₹%]|\bpercent|\bper cent", re.I)
COUNT = re.compile(r"\d|\b(?:" + NUM + r")\b|\b(?:a|an|per|each|every)\s+(?:" + UNIT + r")s?\b|\b(?:" + FREQ + r")\b", re.I)
DATE = re.compile(r"\d|\b(?:" + MONTH + "|" + DAY + r")\b|\b(?:first|last|end|start|beginning|middle) (?:of|day|week|business day|working day)\b|\b(?:"
                  + FREQ + r")\b", re.I)

WHAT = r"\bwhat(?:'s|s| is| are)?\s+(?:the\s+)?(?:\w+\s+)?"
ASKS_AMOUNT = re.compile(r"\bhow much\b|" + WHAT + r"(?:percentage|percent|rate|amount|budget|allowance|stipend|cap|limit)\b", re.I)
ASKS_COUNT = re.compile(r"\bhow (?:many|long|far|soon|old|big|large)\b|" + WHAT + r"(?:number|age|deadline)\b", re.I)
ASKS_OFTEN = re.compile(r"\bhow often\b", re.I)
# "when" as a question word (opening a question or clause, before a verb or subject), not "when I put my PTO in...".
ASKS_WHEN = re.compile(r"(?:^|[,;.?!]\s*|\b(?:and|so|but|or)\s+)when(?:'s|s)?\s+(?:is|are|was|were|does|do|did|will|would|should|can|could|must|has|have|the|my|our|a|an|it|its)\b"
                       r"|\b(?:by|until|till|since) when\b|\bwhat (?:time|day|date)\b|\bwhich (?:day|date|month)\b", re.I)


def asked(question, typed):
    """The pattern a question's answer must match, or None when it does not ask for a figure."""
    if ASKS_AMOUNT.search(question):
        return AMOUNT if typed else ANY
    if ASKS_COUNT.search(question):
        return COUNT if typed else ANY
    if ASKS_OFTEN.search(question):
        return None if typed else ANY
    if ASKS_WHEN.search(question):
        return DATE if typed else ANY
    return None


def count(rows, typed, field):
    a = b = c = d = 0
    for row in rows:
        pattern = asked(row["question"], typed)
        if pattern is None:
            continue
        top = row["citations"][0] if row["citations"] else None
        bare = top is not None and not pattern.search(top[field])
        if row["out_of_scope"]:
            b += 1
            c += row["answered"] and bare
        else:
            a += bool(row["expected_texts"]) and not any(pattern.search(t) for t in row["expected_texts"])
            d += row["answered"] and row["top1"] and bare
    return a, b, c, d


def main(paths):
    dumps = {path: [json.loads(line) for line in open(path, encoding="utf-8")] for path in paths}
    for typed in (False, True):
        for field in ("section_text", "quote"):
            print(f"-- {'typed' if typed else 'any figure'}, cited {field}")
            for path, rows in dumps.items():
                a, b, c, d = count(rows, typed, field)
                print(f"   {path}: a={a} b={b} c={c} d={d}")


if __name__ == "__main__":
    main(sys.argv[1:])
