#!/usr/bin/env python3
"""Validate eval-test6-library.jsonl against documents/ (standard library only).

Checks: every line is valid JSON of the expected shape; every answer's document
exists; its section heading exists in that document; every phrase occurs
verbatim (whitespace-normalised) in that section's text, where a section's text
runs from under its heading to the next heading of the same or higher level.
Exits 0 when valid, 1 otherwise.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
QFILE = os.path.join(HERE, "eval-test6-library.jsonl")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def sections(path):
    """Return {heading text: [section text, ...]} for one Markdown file."""
    lines = open(path, encoding="utf-8").read().split("\n")
    heads = []
    fence = False
    for i, line in enumerate(lines):
        if line.lstrip().startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        m = HEADING.match(line)
        if m:
            heads.append((i, len(m.group(1)), m.group(2).strip()))
    result = {}
    for k, (i, level, title) in enumerate(heads):
        end = len(lines)
        for j, lvl, _ in heads[k + 1:]:
            if lvl <= level:
                end = j
                break
        result.setdefault(title, []).append("\n".join(lines[i + 1:end]))
    return result


def main():
    errors = []
    cache = {}
    n_in = n_out = 0
    seen = set()
    with open(QFILE, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except ValueError as e:
                errors.append(f"line {lineno}: invalid JSON: {e}")
                continue
            q = obj.get("question")
            if not isinstance(q, str) or not q.strip():
                errors.append(f"line {lineno}: missing question")
                continue
            if q in seen:
                errors.append(f"line {lineno}: duplicate question {q!r}")
            seen.add(q)
            if obj.get("out_of_scope") is True:
                if "answers" in obj:
                    errors.append(f"line {lineno}: out_of_scope item has answers")
                n_out += 1
                continue
            answers = obj.get("answers")
            if not isinstance(answers, list) or not answers:
                errors.append(f"line {lineno}: no answers and not out_of_scope")
                continue
            n_in += 1
            for a in answers:
                doc = a.get("document")
                sec = a.get("section")
                phrases = a.get("phrases")
                path = os.path.join(DOCS, doc or "")
                if not doc or not os.path.isfile(path):
                    errors.append(f"line {lineno}: document not found: {doc!r}")
                    continue
                if doc not in cache:
                    cache[doc] = sections(path)
                secs = cache[doc]
                if sec not in secs:
                    errors.append(f"line {lineno}: section {sec!r} not in {doc}")
                    continue
                if not isinstance(phrases, list) or not (1 <= len(phrases) <= 3):
                    errors.append(f"line {lineno}: need 1-3 phrases")
                    continue
                texts = [norm(t) for t in secs[sec]]
                for p in phrases:
                    if not any(norm(p) in t for t in texts):
                        errors.append(f"line {lineno}: phrase {p!r} not in section {sec!r} of {doc}")
    for e in errors:
        print(e)
    print(f"{n_in} in scope, {n_out} out of scope, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
