#!/usr/bin/env python3
"""Validate eval-test4-library.jsonl against the documents in documents/.

Standard library only. Exits 0 when every line is valid, 1 otherwise.

Checks:
  * every line parses as a JSON object with a non-empty "question";
  * an out-of-scope line has "out_of_scope": true and no "answers";
  * an in-scope line has a non-empty "answers" list; each answer names a
    document that exists in documents/, a section whose heading exists in
    that document (heading lines matched ignoring leading #'s, surrounding
    whitespace and Markdown emphasis), and 1-3 phrases that each occur in the
    text under that heading (up to the next heading of the same or higher
    level), compared with whitespace collapsed and case-insensitively;
  * counts per document, in-scope, out-of-scope.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
DATA = os.path.join(HERE, "eval-test4-library.jsonl")

HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def norm_heading(text):
    text = text.strip()
    # drop Markdown emphasis markers and inline-code ticks
    text = re.sub(r"[*_`]+", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def norm_text(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def sections(path):
    """Return a list of (level, normalised heading, body text)."""
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
            heads.append((i, len(m.group(1)), norm_heading(m.group(2))))
    out = []
    for k, (i, level, name) in enumerate(heads):
        end = len(lines)
        for j, lvl2, _ in heads[k + 1:]:
            if lvl2 <= level:
                end = j
                break
        out.append((level, name, "\n".join(lines[i + 1:end])))
    return out


def main():
    errors = []
    cache = {}
    n_in = n_out = 0
    per_doc = Counter()
    questions = set()
    if not os.path.exists(DATA):
        print("missing", DATA)
        return 1
    with open(DATA, encoding="utf-8") as f:
        raw = f.read().splitlines()
    for ln, line in enumerate(raw, 1):
        if not line.strip():
            errors.append(f"line {ln}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: bad JSON: {e}")
            continue
        if not isinstance(obj, dict):
            errors.append(f"line {ln}: not an object")
            continue
        q = obj.get("question")
        if not isinstance(q, str) or not q.strip():
            errors.append(f"line {ln}: missing question")
            continue
        if q in questions:
            errors.append(f"line {ln}: duplicate question {q!r}")
        questions.add(q)
        if obj.get("out_of_scope") is True:
            if "answers" in obj:
                errors.append(f"line {ln}: out-of-scope line has answers")
            n_out += 1
            continue
        answers = obj.get("answers")
        if not isinstance(answers, list) or not answers:
            errors.append(f"line {ln}: no answers and not out_of_scope")
            continue
        n_in += 1
        docs_here = set()
        for a in answers:
            doc = a.get("document")
            sec = a.get("section")
            phrases = a.get("phrases")
            path = os.path.join(DOCS, doc or "")
            if not doc or not os.path.isfile(path):
                errors.append(f"line {ln}: document not found: {doc!r}")
                continue
            docs_here.add(doc)
            if doc not in cache:
                cache[doc] = sections(path)
            want = norm_heading(sec or "")
            matches = [s for s in cache[doc] if s[1] == want]
            if not matches:
                errors.append(f"line {ln}: heading not found in {doc}: {sec!r}")
                continue
            if not isinstance(phrases, list) or not 1 <= len(phrases) <= 3:
                errors.append(f"line {ln}: need 1-3 phrases")
                continue
            for p in phrases:
                if not isinstance(p, str) or not p.strip():
                    errors.append(f"line {ln}: empty phrase")
                    continue
                if not any(norm_text(p) in norm_text(body) for _, _, body in matches):
                    errors.append(f"line {ln}: phrase not under {sec!r} in {doc}: {p!r}")
        for d in docs_here:
            per_doc[d] += 1
    print(f"in-scope: {n_in}  out-of-scope: {n_out}  total: {n_in + n_out}")
    for d in sorted(os.listdir(DOCS)):
        print(f"  {d}: {per_doc.get(d, 0)}")
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"{len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
