#!/usr/bin/env python3
"""Checker for the library-dev3 evaluation set (standard library only)."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
QFILE = os.path.join(HERE, "eval-dev3-library.jsonl")

HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")


def strip_md(text):
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)      # images
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)       # inline links
    text = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", text)      # reference links
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)          # autolinks
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>~])", r"\1", text)  # backslash escapes
    for mark in ("***", "___", "**", "__"):
        m = re.escape(mark)
        text = re.sub(m + r"(?=\S)(.+?)(?<=\S)" + m, r"\1", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])", r"\1", text)
    return text


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def sections(path):
    """Map heading text -> list of own-text blocks (heading to next heading of any level)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = {}
    current = None
    buf = []
    in_fence = False
    for line in lines:
        if FENCE.match(line):
            in_fence = not in_fence
        m = None if in_fence else HEADING.match(line)
        if m:
            if current is not None:
                out.setdefault(current, []).append("\n".join(buf))
            current = m.group(2).strip()
            buf = []
        elif current is not None:
            buf.append(line)
    if current is not None:
        out.setdefault(current, []).append("\n".join(buf))
    return out


def main():
    errors = []
    docs = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
    parsed = {d: sections(os.path.join(DOCS, d)) for d in docs}
    per_doc = Counter()
    n_in = n_out = n_answers = n_phrases = 0
    seen_q = set()
    with open(QFILE, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            if not raw.strip():
                errors.append(f"line {ln}: blank line")
                continue
            try:
                obj = json.loads(raw)
            except ValueError as e:
                errors.append(f"line {ln}: bad JSON: {e}")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("question"), str) or not obj["question"].strip():
                errors.append(f"line {ln}: missing question")
                continue
            q = obj["question"]
            if q in seen_q:
                errors.append(f"line {ln}: duplicate question")
            seen_q.add(q)
            keys = set(obj)
            if keys == {"question", "out_of_scope"}:
                if obj["out_of_scope"] is not True:
                    errors.append(f"line {ln}: out_of_scope must be true")
                n_out += 1
                continue
            if keys != {"question", "answers"}:
                errors.append(f"line {ln}: keys must be question+answers or question+out_of_scope, got {sorted(keys)}")
                continue
            answers = obj["answers"]
            if not isinstance(answers, list) or not answers:
                errors.append(f"line {ln}: answers must be a non-empty list")
                continue
            n_in += 1
            for a in answers:
                if not isinstance(a, dict) or set(a) != {"document", "section", "phrases"}:
                    errors.append(f"line {ln}: answer must have exactly document, section, phrases")
                    continue
                d, s, ps = a["document"], a["section"], a["phrases"]
                n_answers += 1
                if d not in parsed:
                    errors.append(f"line {ln}: no document {d!r}")
                    continue
                per_doc[d] += 1
                if s not in parsed[d]:
                    errors.append(f"line {ln}: {d}: no heading {s!r}")
                    continue
                if not isinstance(ps, list) or not ps or not all(isinstance(p, str) and p.strip() for p in ps):
                    errors.append(f"line {ln}: phrases must be a non-empty list of strings")
                    continue
                own = [norm(strip_md(t)) for t in parsed[d][s]]
                for p in ps:
                    n_phrases += 1
                    if not any(norm(p) in t for t in own):
                        errors.append(f"line {ln}: {d} / {s!r}: phrase not found: {p!r}")
    for d in docs:
        if per_doc[d] == 0:
            errors.append(f"document {d} has no questions")
    print(f"documents: {len(docs)}")
    print(f"in-scope questions: {n_in}  (answers: {n_answers}, phrases: {n_phrases})")
    print(f"out-of-scope questions: {n_out}")
    print(f"total questions: {n_in + n_out}")
    for d in docs:
        print(f"  {d}: {per_doc[d]} answers")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
