#!/usr/bin/env python3
"""Validator for the library-test7 evaluation set (standard library only).

Checks: JSON shape of eval-test7-library.jsonl; every cited document exists;
every cited section is an exact ATX heading of that document (for a converted
.docx document, of its Markdown original in originals/); every phrase occurs
verbatim (whitespace-normalised) in that section's text; organisations.txt
lists every document exactly once and only existing ones; minimum counts.
Exit status 0 when valid, 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
ORIG = os.path.join(HERE, "originals")
EVAL = os.path.join(HERE, "eval-test7-library.jsonl")
ORGS = os.path.join(HERE, "organisations.txt")
ORGS_HEADER = "# Organisation, other name staff use: documents (file names without extension)"

MIN_IN_SCOPE = 100
MIN_OUT_OF_SCOPE = 40
MIN_PER_DOC = 6

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def markdown_source(doc_name):
    """Path of the Markdown text that defines headings for a document."""
    stem, ext = os.path.splitext(doc_name)
    if ext.lower() == ".docx":
        return os.path.join(ORIG, stem + ".md")
    return os.path.join(DOCS, doc_name)


HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")


def parse_sections(text):
    """Return list of (level, heading, section_text)."""
    lines = text.split("\n")
    # skip YAML front matter
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                start = i + 1
                break
    headings = []  # (line_index, level, text)
    in_fence = False
    for i in range(start, len(lines)):
        stripped = lines[i].strip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = HEADING_RE.match(lines[i])
        if m:
            headings.append((i, len(m.group(1)), m.group(2).strip()))
    sections = []
    for n, (idx, level, title) in enumerate(headings):
        end = len(lines)
        for idx2, level2, _ in headings[n + 1:]:
            if level2 <= level:
                end = idx2
                break
        sections.append((level, title, "\n".join(lines[idx + 1:end])))
    return sections


def main():
    if not os.path.isdir(DOCS):
        print("documents/ missing")
        return 1
    doc_files = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
    section_cache = {}
    for f in doc_files:
        src = markdown_source(f)
        if not os.path.isfile(src):
            err(f"{f}: Markdown source {os.path.relpath(src, HERE)} missing")
            continue
        with open(src, encoding="utf-8") as fh:
            section_cache[f] = parse_sections(fh.read())
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*\.(md|txt|docx)", f):
            err(f"{f}: file name must be lowercase with hyphens")

    # organisations.txt
    stems = {os.path.splitext(f)[0]: f for f in doc_files}
    if not os.path.isfile(ORGS):
        err("organisations.txt missing")
    else:
        with open(ORGS, encoding="utf-8") as fh:
            olines = [l.rstrip("\n") for l in fh if l.strip()]
        if not olines or olines[0] != ORGS_HEADER:
            err("organisations.txt: first line must be exactly the header")
        listed = Counter()
        for l in olines[1:]:
            if ":" not in l:
                err(f"organisations.txt: bad line {l!r}")
                continue
            org, docs = l.split(":", 1)
            if org.count(",") < 1:
                err(f"organisations.txt: missing short name in {org!r}")
            for d in docs.split(","):
                d = d.strip()
                if d:
                    listed[d] += 1
        for d, c in listed.items():
            if d not in stems:
                err(f"organisations.txt: {d} is not a document")
            if c != 1:
                err(f"organisations.txt: {d} listed {c} times")
        for s in stems:
            if s not in listed:
                err(f"organisations.txt: {s} not listed")

    # eval file
    in_scope = out_scope = 0
    per_doc = Counter()
    questions = Counter()
    with open(EVAL, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                err(f"line {ln}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"line {ln}: invalid JSON ({e})")
                continue
            if not isinstance(obj, dict):
                err(f"line {ln}: not an object")
                continue
            q = obj.get("question")
            if not isinstance(q, str) or not q.strip():
                err(f"line {ln}: missing question")
                continue
            questions[norm(q).lower()] += 1
            if obj.get("out_of_scope") is True:
                if set(obj) != {"question", "out_of_scope"}:
                    err(f"line {ln}: out-of-scope item has extra keys {sorted(obj)}")
                out_scope += 1
                continue
            if set(obj) != {"question", "answers"}:
                err(f"line {ln}: in-scope item must have exactly question and answers")
                continue
            answers = obj["answers"]
            if not isinstance(answers, list) or not 1 <= len(answers) <= 2:
                err(f"line {ln}: answers must be a list of 1-2 objects")
                continue
            in_scope += 1
            seen_docs = set()
            for a in answers:
                if not isinstance(a, dict) or set(a) != {"document", "section", "phrases"}:
                    err(f"line {ln}: answer must have document, section, phrases")
                    continue
                d, s, ps = a["document"], a["section"], a["phrases"]
                if d not in section_cache:
                    err(f"line {ln}: document {d!r} not found")
                    continue
                seen_docs.add(d)
                if not isinstance(ps, list) or not 1 <= len(ps) <= 3 or not all(isinstance(p, str) and p.strip() for p in ps):
                    err(f"line {ln}: phrases must be 1-3 non-empty strings")
                    continue
                matches = [t for (_, h, t) in section_cache[d] if h == s]
                if not matches:
                    err(f"line {ln}: section {s!r} is not a heading of {d}")
                    continue
                ok = any(all(norm(p) in norm(t) for p in ps) for t in matches)
                if not ok:
                    for p in ps:
                        if not any(norm(p) in norm(t) for t in matches):
                            err(f"line {ln}: phrase {p!r} not in section {s!r} of {d}")
                    if all(any(norm(p) in norm(t) for t in matches) for p in ps):
                        err(f"line {ln}: phrases split across same-named sections {s!r} of {d}")
            for d in seen_docs:
                per_doc[d] += 1
    for q, c in questions.items():
        if c > 1:
            err(f"duplicate question: {q!r}")
    if in_scope < MIN_IN_SCOPE:
        err(f"only {in_scope} in-scope questions (need {MIN_IN_SCOPE})")
    if out_scope < MIN_OUT_OF_SCOPE:
        err(f"only {out_scope} out-of-scope questions (need {MIN_OUT_OF_SCOPE})")
    for f in doc_files:
        if per_doc[f] < MIN_PER_DOC:
            err(f"{f}: only {per_doc[f]} questions (need {MIN_PER_DOC})")

    print(f"documents: {len(doc_files)}; in scope: {in_scope}; out of scope: {out_scope}")
    for f in doc_files:
        print(f"  {f}: {per_doc[f]}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
