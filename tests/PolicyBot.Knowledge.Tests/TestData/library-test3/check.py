#!/usr/bin/env python3
"""Checker for library-test3 (standard library only).

Verifies: every line of eval-test3-library.jsonl has exactly one of the two
allowed shapes; every answer document exists in documents/; every section is a
heading of its document; every phrase occurs in that section's own text
(heading to next heading of any level) after stripping Markdown link syntax,
HTML tags, emphasis and backslash escapes; every document has questions.
Prints counts; exits 0 on success, 1 on any failure.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
QFILE = os.path.join(HERE, "eval-test3-library.jsonl")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def strip_md(text):
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links/images
    text = re.sub(r"<[^>]+>", "", text)  # html tags
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>~|])", r"\1", text)  # escapes
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"(?<![A-Za-z0-9])[*_]|[*_](?![A-Za-z0-9])", "", text)
    text = text.replace("`", "")
    return re.sub(r"\s+", " ", text)


def sections(path):
    out = {}
    current = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = HEADING.match(line.rstrip("\n"))
            if m:
                current = strip_md(m.group(2)).strip()
                out.setdefault(current, "")
            elif current is not None:
                out[current] += line
    return {k: strip_md(v) for k, v in out.items()}


def main():
    errors = []
    docs = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
    cache = {d: sections(os.path.join(DOCS, d)) for d in docs}
    per_doc = {d: 0 for d in docs}
    n_in = n_out = 0
    seen = set()
    with open(QFILE, encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {no}: blank line")
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                errors.append(f"line {no}: bad JSON {exc}")
                continue
            q = obj.get("question")
            if not isinstance(q, str) or not q.strip():
                errors.append(f"line {no}: missing question")
            if q in seen:
                errors.append(f"line {no}: duplicate question")
            seen.add(q)
            keys = set(obj)
            if keys == {"question", "out_of_scope"}:
                if obj["out_of_scope"] is not True:
                    errors.append(f"line {no}: out_of_scope must be true")
                n_out += 1
                continue
            if keys != {"question", "answers"}:
                errors.append(f"line {no}: wrong keys {sorted(keys)}")
                continue
            answers = obj["answers"]
            if not isinstance(answers, list) or not answers:
                errors.append(f"line {no}: answers must be a non-empty list")
                continue
            n_in += 1
            for a in answers:
                if not isinstance(a, dict) or set(a) != {"document", "section", "phrases"}:
                    errors.append(f"line {no}: bad answer object {a}")
                    continue
                d = a["document"]
                if d not in cache:
                    errors.append(f"line {no}: no document {d}")
                    continue
                per_doc[d] += 1
                secs = cache[d]
                s = a["section"]
                if s not in secs:
                    errors.append(f"line {no}: {d} has no heading {s!r}")
                    continue
                if not isinstance(a["phrases"], list) or not a["phrases"]:
                    errors.append(f"line {no}: phrases must be a non-empty list")
                    continue
                for p in a["phrases"]:
                    if not isinstance(p, str) or not p.strip():
                        errors.append(f"line {no}: empty phrase")
                    elif re.sub(r"\s+", " ", p) not in secs[s]:
                        errors.append(f"line {no}: phrase not in {d} / {s}: {p!r}")
    for d, n in per_doc.items():
        if n == 0:
            errors.append(f"document without questions: {d}")
    print(f"documents: {len(docs)}")
    print(f"in-scope questions: {n_in}")
    print(f"out-of-scope questions: {n_out}")
    print(f"total questions: {n_in + n_out}")
    for d in docs:
        print(f"  {per_doc[d]:3d}  {d}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
