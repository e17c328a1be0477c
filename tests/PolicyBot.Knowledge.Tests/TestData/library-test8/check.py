#!/usr/bin/env python3
"""Validator for the library-test8 evaluation set (standard library only).

Checks: JSON shape of every line; referenced documents exist in documents/;
each section is an exact ATX heading of the document (for a converted
document, of its Markdown original in originals/); every phrase occurs
verbatim (whitespace-normalised) in that section's text; organisations.txt
lists every document exactly once and only existing ones; counts.
Exits 0 when valid, 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
ORIG = os.path.join(HERE, "originals")
EVAL = os.path.join(HERE, "eval-test8-library.jsonl")
ORGS = os.path.join(HERE, "organisations.txt")
ORGS_HEADER = "# Organisation, other name staff use: documents (file names without extension)"
MIN_IN, MIN_OUT, MIN_PER_DOC = 100, 40, 6
MARKDOWN_EXT = (".md", ".txt")

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def markdown_source(doc):
    """Path of the Markdown text for a document (original for converted ones)."""
    path = os.path.join(DOCS, doc)
    if doc.endswith(MARKDOWN_EXT):
        return path
    stem = os.path.splitext(doc)[0]
    for ext in MARKDOWN_EXT:
        cand = os.path.join(ORIG, stem + ext)
        if os.path.isfile(cand):
            return cand
    return None


def parse_sections(text):
    """Return list of (level, heading, section_text) for ATX headings.
    Skips YAML front matter and fenced code blocks."""
    lines = text.split("\n")
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                start = i + 1
                break
    heads = []  # (line index, level, heading)
    fence = None
    for i in range(start, len(lines)):
        line = lines[i]
        m = re.match(r"^ {0,3}(`{3,}|~{3,})", line)
        if m:
            tok = m.group(1)
            if fence is None:
                fence = tok[0] * len(tok)
            elif tok[0] == fence[0] and len(tok) >= len(fence):
                fence = None
            continue
        if fence is not None:
            continue
        m = re.match(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$", line)
        if m:
            heading = m.group(2) or ""
            heading = re.sub(r"[ \t]+#+[ \t]*$", "", heading).strip()
            heads.append((i, len(m.group(1)), heading))
    out = []
    for n, (i, level, heading) in enumerate(heads):
        end = len(lines)
        for j, lvl2, _ in heads[n + 1:]:
            if lvl2 <= level:
                end = j
                break
        out.append((level, heading, "\n".join(lines[i:end])))
    return out


def main():
    if not os.path.isdir(DOCS):
        print("documents/ missing")
        return 1
    docs = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
    sections = {}
    for d in docs:
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z]+", d):
            err(f"bad document file name: {d}")
        src = markdown_source(d)
        if src is None:
            err(f"no Markdown source for converted document {d} in originals/")
            continue
        with open(src, encoding="utf-8") as fh:
            sections[d] = parse_sections(fh.read())

    n_in = n_out = 0
    per_doc = Counter()
    seen_q = set()
    with open(EVAL, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            if not raw.strip():
                err(f"line {ln}: blank line")
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                err(f"line {ln}: invalid JSON: {e}")
                continue
            if not isinstance(obj, dict):
                err(f"line {ln}: not an object")
                continue
            q = obj.get("question")
            if not isinstance(q, str) or not q.strip():
                err(f"line {ln}: missing question")
                continue
            if q in seen_q:
                err(f"line {ln}: duplicate question {q!r}")
            seen_q.add(q)
            if "out_of_scope" in obj:
                if obj.get("out_of_scope") is not True or set(obj) != {"question", "out_of_scope"}:
                    err(f"line {ln}: out-of-scope object must be exactly question + out_of_scope: true")
                n_out += 1
                continue
            if set(obj) != {"question", "answers"}:
                err(f"line {ln}: in-scope object must have exactly question + answers")
            answers = obj.get("answers")
            if not isinstance(answers, list) or not 1 <= len(answers) <= 2:
                err(f"line {ln}: answers must be a list of 1-2 objects")
                continue
            n_in += 1
            docs_here = set()
            for k, a in enumerate(answers):
                where = f"line {ln} answer {k}"
                if not isinstance(a, dict) or set(a) != {"document", "section", "phrases"}:
                    err(f"{where}: must have exactly document, section, phrases")
                    continue
                d, s, ph = a["document"], a["section"], a["phrases"]
                if d not in sections:
                    err(f"{where}: document {d!r} not found in documents/")
                    continue
                docs_here.add(d)
                if not isinstance(ph, list) or not 1 <= len(ph) <= 3 or not all(isinstance(p, str) and p.strip() for p in ph):
                    err(f"{where}: phrases must be 1-3 non-empty strings")
                    continue
                matches = [t for (_, h, t) in sections[d] if h == s]
                if not matches:
                    err(f"{where}: section {s!r} is not a heading of {d}")
                    continue
                for p in ph:
                    if not any(norm(p) in norm(t) for t in matches):
                        err(f"{where}: phrase {p!r} not found in section {s!r} of {d}")
            for d in docs_here:
                per_doc[d] += 1

    # organisations.txt
    with open(ORGS, encoding="utf-8") as fh:
        org_lines = [l.rstrip("\n") for l in fh if l.strip()]
    if not org_lines or org_lines[0] != ORGS_HEADER:
        err("organisations.txt: first line must be the exact header")
    listed = Counter()
    for l in org_lines[1:]:
        m = re.fullmatch(r"([^,:]+), ([^:]+): (.+)", l)
        if not m:
            err(f"organisations.txt: bad line {l!r}")
            continue
        for name in m.group(3).split(","):
            listed[name.strip()] += 1
    stems = {os.path.splitext(d)[0]: d for d in docs}
    for name, c in listed.items():
        if name not in stems:
            err(f"organisations.txt: {name!r} is not a document")
        if c != 1:
            err(f"organisations.txt: {name!r} listed {c} times")
    for st in stems:
        if st not in listed:
            err(f"organisations.txt: document {st!r} not listed")

    # counts
    if n_in < MIN_IN:
        err(f"only {n_in} in-scope questions (< {MIN_IN})")
    if n_out < MIN_OUT:
        err(f"only {n_out} out-of-scope questions (< {MIN_OUT})")
    for d in docs:
        if per_doc[d] < MIN_PER_DOC:
            err(f"document {d} has only {per_doc[d]} questions (< {MIN_PER_DOC})")

    print(f"in scope: {n_in}, out of scope: {n_out}")
    for d in docs:
        print(f"  {d}: {per_doc[d]}")
    if errors:
        print(f"{len(errors)} error(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
