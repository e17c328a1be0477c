#!/usr/bin/env python3
"""Validate the library-test12 evaluation set (Python 3 standard library only).

Checks:
  * every line of eval-test12-library.jsonl parses as a JSON object of a known shape;
  * every answer's document exists in documents/;
  * every answer's section is a Markdown heading of that document (for .docx/.pdf
    documents: of its Markdown original in originals/, same base name, .md);
  * every phrase occurs in that section (heading up to the next heading of the same
    or higher level) after collapsing whitespace;
  * at least 100 in-scope and 40 out-of-scope questions;
  * every document in documents/ has at least 7 in-scope questions, and none has
    more than ~20% of them;
  * organisations.txt names every document exactly once.
Exit status 0 when everything passes.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
ORIGS = os.path.join(HERE, "originals")
EVAL = os.path.join(HERE, "eval-test12-library.jsonl")
ORGS = os.path.join(HERE, "organisations.txt")

HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def ws(text):
    return re.sub(r"\s+", " ", text).strip()


def markdown_source(doc):
    base, ext = os.path.splitext(doc)
    if ext.lower() in (".md", ".txt"):
        return os.path.join(DOCS, doc)
    if ext.lower() in (".docx", ".pdf"):
        return os.path.join(ORIGS, base + ".md")
    return None


def sections(path):
    """Return list of (level, heading text, section text)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    heads = []
    in_fence = False
    for i, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = HEADING.match(line)
        if m:
            heads.append((i, len(m.group(1)), m.group(2).strip()))
    out = []
    for k, (i, level, text) in enumerate(heads):
        end = len(lines)
        for j, lvl2, _ in heads[k + 1:]:
            if lvl2 <= level:
                end = j
                break
        out.append((level, text, "\n".join(lines[i:end])))
    return out


def main():
    errors = []
    docs = sorted(d for d in os.listdir(DOCS) if not d.startswith("."))
    cache = {}
    for d in docs:
        src = markdown_source(d)
        if src is None or not os.path.exists(src):
            errors.append(f"document {d}: no Markdown source ({src})")
            continue
        cache[d] = sections(src)
        names = Counter(t for _, t, _ in cache[d])
        for name, n in names.items():
            if n > 1:
                # allowed, but the check below requires the phrase in one of them
                pass

    in_scope = 0
    oos = 0
    per_doc = Counter()
    questions = set()
    with open(EVAL, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON: {e}")
                continue
            q = obj.get("question")
            if not isinstance(q, str) or not q.strip():
                errors.append(f"line {n}: missing question")
                continue
            if q in questions:
                errors.append(f"line {n}: duplicate question {q!r}")
            questions.add(q)
            if obj.get("out_of_scope") is True:
                if "answers" in obj:
                    errors.append(f"line {n}: out-of-scope item has answers")
                oos += 1
                continue
            answers = obj.get("answers")
            if not isinstance(answers, list) or not 1 <= len(answers) <= 2:
                errors.append(f"line {n}: answers must be a list of 1-2 objects")
                continue
            in_scope += 1
            seen = set()
            for a in answers:
                doc, sec, phrases = a.get("document"), a.get("section"), a.get("phrases")
                if doc not in cache:
                    errors.append(f"line {n}: unknown document {doc!r}")
                    continue
                if doc not in seen:
                    per_doc[doc] += 1
                    seen.add(doc)
                if not isinstance(phrases, list) or not 1 <= len(phrases) <= 3:
                    errors.append(f"line {n}: need 1-3 phrases")
                    continue
                matches = [body for _, t, body in cache[doc] if t == sec]
                if not matches:
                    errors.append(f"line {n}: section {sec!r} is not a heading of {doc}")
                    continue
                for p in phrases:
                    if not any(ws(p) in ws(body) for body in matches):
                        errors.append(f"line {n}: phrase {p!r} not in section {sec!r} of {doc}")

    if in_scope < 100:
        errors.append(f"only {in_scope} in-scope questions (need >= 100)")
    if oos < 40:
        errors.append(f"only {oos} out-of-scope questions (need >= 40)")
    for d in docs:
        if per_doc[d] < 7:
            errors.append(f"document {d}: only {per_doc[d]} in-scope questions (need >= 7)")
        if in_scope and per_doc[d] > 0.21 * in_scope:
            errors.append(f"document {d}: {per_doc[d]} of {in_scope} in-scope questions (> ~20%)")

    # organisations.txt
    with open(ORGS, encoding="utf-8") as f:
        org_lines = [l.rstrip("\n") for l in f if l.strip()]
    if not org_lines or not org_lines[0].startswith("# "):
        errors.append("organisations.txt: first line must be the '# ...' header")
    listed = Counter()
    for l in org_lines[1:]:
        if ":" not in l:
            errors.append(f"organisations.txt: bad line {l!r}")
            continue
        for name in l.split(":", 1)[1].split(","):
            listed[name.strip()] += 1
    stems = {os.path.splitext(d)[0] for d in docs}
    for s in stems:
        if listed[s] != 1:
            errors.append(f"organisations.txt: {s} listed {listed[s]} times")
    for s in listed:
        if s not in stems:
            errors.append(f"organisations.txt: unknown document {s}")

    for e in errors:
        print("ERROR:", e)
    print(f"in-scope: {in_scope}  out-of-scope: {oos}  documents: {len(docs)}")
    for d in docs:
        print(f"  {per_doc[d]:3d}  {d}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
