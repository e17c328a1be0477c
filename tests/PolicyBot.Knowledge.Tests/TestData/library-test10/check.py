#!/usr/bin/env python3
"""Validate the library-test10 evaluation set (Python 3 standard library only).

Checks: every line of eval-test10-library.jsonl parses as JSON; every cited document exists in
documents/; every section is a Markdown heading of that document (for .docx/.pdf: of its Markdown
original in originals/); every phrase occurs in that section after collapsing whitespace; at least
100 in-scope and 40 out-of-scope questions; every document has at least 7 in-scope questions.
Exit status 0 when all checks pass.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
ORIG = os.path.join(HERE, "originals")
QFILE = os.path.join(HERE, "eval-test10-library.jsonl")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def markdown_source(doc):
    stem, ext = os.path.splitext(doc)
    if ext.lower() in (".docx", ".pdf"):
        return os.path.join(ORIG, stem + ".md")
    return os.path.join(DOCS, doc)


def sections(path):
    """Return list of (level, heading, text) where text runs to the next heading of same or higher level."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
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
    out = []
    for k, (i, lvl, title) in enumerate(heads):
        end = len(lines)
        for j, lvl2, _ in heads[k + 1:]:
            if lvl2 <= lvl:
                end = j
                break
        out.append((lvl, title, ws("\n".join(lines[i + 1:end]))))
    return out


def main():
    errors = []
    n_in = n_out = 0
    per_doc = Counter()
    cache = {}
    with open(QFILE, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: bad JSON: {e}")
                continue
            q = obj.get("question")
            if not isinstance(q, str) or not q.strip():
                errors.append(f"line {ln}: missing question")
            if obj.get("out_of_scope") is True:
                n_out += 1
                if "answers" in obj:
                    errors.append(f"line {ln}: out_of_scope item has answers")
                continue
            answers = obj.get("answers")
            if not answers:
                errors.append(f"line {ln}: no answers and not out_of_scope")
                continue
            n_in += 1
            seen = set()
            for a in answers:
                doc, sec, phrases = a.get("document"), a.get("section"), a.get("phrases")
                if not os.path.isfile(os.path.join(DOCS, doc or "")):
                    errors.append(f"line {ln}: document not found: {doc}")
                    continue
                src = markdown_source(doc)
                if not os.path.isfile(src):
                    errors.append(f"line {ln}: markdown source missing for {doc}: {src}")
                    continue
                if src not in cache:
                    cache[src] = sections(src)
                matches = [t for (_, h, t) in cache[src] if h == sec]
                if not matches:
                    errors.append(f"line {ln}: section {sec!r} is not a heading of {doc}")
                    continue
                if not isinstance(phrases, list) or not 1 <= len(phrases) <= 3:
                    errors.append(f"line {ln}: need 1-3 phrases")
                    continue
                for p in phrases:
                    if not any(ws(p) in t for t in matches):
                        errors.append(f"line {ln}: phrase not in {doc} / {sec!r}: {p!r}")
                if doc not in seen:
                    per_doc[doc] += 1
                    seen.add(doc)
    for doc in sorted(os.listdir(DOCS)):
        if per_doc[doc] < 7:
            errors.append(f"document {doc} has only {per_doc[doc]} in-scope questions (need >= 7)")
    if n_in < 100:
        errors.append(f"only {n_in} in-scope questions (need >= 100)")
    if n_out < 40:
        errors.append(f"only {n_out} out-of-scope questions (need >= 40)")
    for e in errors:
        print("ERROR:", e)
    print(f"in-scope: {n_in}, out-of-scope: {n_out}")
    for doc in sorted(per_doc):
        print(f"  {per_doc[doc]:3d}  {doc}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
