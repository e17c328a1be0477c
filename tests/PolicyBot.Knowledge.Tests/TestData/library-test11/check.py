#!/usr/bin/env python3
"""Validate the library-test11 evaluation set (Python 3 standard library only).

Checks: every line of eval-test11-library.jsonl parses as JSON; every cited
document exists in documents/; every section is a heading of that document
(for .docx/.pdf documents: of its Markdown original in originals/); every
phrase occurs in that section's text after collapsing whitespace; at least 100
in-scope and 40 out-of-scope questions; at least 7 in-scope questions per
document, and no document with more than ~20% of them.

Heading text is compared after removing the ATX '#' markers (including an
optional closing '#' sequence), a trailing Pandoc-style attribute block such
as '{#criteria}', emphasis markers ('**', '__') and surrounding whitespace,
i.e. the text a reader sees (and what pandoc writes into the .docx/.pdf).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
ORIG = os.path.join(HERE, "originals")
SET = os.path.join(HERE, "eval-test11-library.jsonl")
MIN_IN, MIN_OUT, MIN_PER_DOC, MAX_SHARE = 100, 40, 7, 0.20

HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*$")


def norm_heading(raw):
    t = re.sub(r"[ \t]+#+[ \t]*$", "", " " + raw).strip()   # closing #s
    t = re.sub(r"\s*\{#[^}]*\}\s*$", "", t)                   # {#id}
    t = t.replace("**", "").replace("__", "")
    return " ".join(t.split())


def collapse(s):
    return " ".join(s.split())


def sections(path):
    """Return {heading text: [section text, ...]} for a Markdown file."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    heads = []   # (line index, level, text)
    fence = None
    in_comment = False
    in_front = bool(lines) and lines[0].strip() == "---"
    for i, line in enumerate(lines):
        s = line.strip()
        if in_front:
            if i > 0 and s == "---":
                in_front = False
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        if s.startswith("```") or s.startswith("~~~"):
            fence = s[:3]
            continue
        if s.startswith("<!--") and "-->" not in s:
            in_comment = True
            continue
        m = HEADING.match(line)
        if m:
            heads.append((i, len(m.group(1)), norm_heading(m.group(2))))
    out = {}
    for k, (i, lvl, text) in enumerate(heads):
        end = len(lines)
        for j, lvl2, _ in heads[k + 1:]:
            if lvl2 <= lvl:
                end = j
                break
        out.setdefault(text, []).append("\n".join(lines[i:end]))
    return out


def source_for(doc):
    base, ext = os.path.splitext(doc)
    if ext.lower() in (".docx", ".pdf"):
        return os.path.join(ORIG, base + ".md")
    return os.path.join(DOCS, doc)


def main():
    errors = []
    n_in = n_out = 0
    per_doc = {}
    cache = {}
    with open(SET, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: bad JSON ({e})")
                continue
            if not isinstance(obj.get("question"), str) or not obj["question"].strip():
                errors.append(f"line {ln}: missing question")
            if obj.get("out_of_scope") is True:
                n_out += 1
                if "answers" in obj:
                    errors.append(f"line {ln}: out-of-scope item has answers")
                continue
            answers = obj.get("answers")
            if not isinstance(answers, list) or not 1 <= len(answers) <= 2:
                errors.append(f"line {ln}: needs 1-2 answers")
                continue
            n_in += 1
            for a in answers:
                doc, sec, phrases = a.get("document"), a.get("section"), a.get("phrases")
                if not os.path.isfile(os.path.join(DOCS, str(doc))):
                    errors.append(f"line {ln}: document not found: {doc}")
                    continue
                src = source_for(doc)
                if not os.path.isfile(src):
                    errors.append(f"line {ln}: Markdown source not found for {doc}")
                    continue
                if src not in cache:
                    cache[src] = sections(src)
                secs = cache[src]
                if sec not in secs:
                    errors.append(f"line {ln}: section {sec!r} is not a heading of {doc}")
                    continue
                if not isinstance(phrases, list) or not 1 <= len(phrases) <= 3:
                    errors.append(f"line {ln}: needs 1-3 phrases")
                    continue
                texts = [collapse(t) for t in secs[sec]]
                for p in phrases:
                    if not any(collapse(p) in t for t in texts):
                        errors.append(f"line {ln}: phrase not in section {sec!r} of {doc}: {p!r}")
            docs = {a.get("document") for a in answers}
            for d in docs:
                per_doc[d] = per_doc.get(d, 0) + 1
    all_docs = sorted(os.listdir(DOCS))
    for d in all_docs:
        c = per_doc.get(d, 0)
        if c < MIN_PER_DOC:
            errors.append(f"{d}: only {c} in-scope questions (< {MIN_PER_DOC})")
        if n_in and c > MAX_SHARE * n_in + 1:
            errors.append(f"{d}: {c} in-scope questions is more than ~{int(MAX_SHARE*100)}% of {n_in}")
    if n_in < MIN_IN:
        errors.append(f"only {n_in} in-scope questions (< {MIN_IN})")
    if n_out < MIN_OUT:
        errors.append(f"only {n_out} out-of-scope questions (< {MIN_OUT})")
    for d in all_docs:
        print(f"{per_doc.get(d, 0):4d}  {d}")
    print(f"in-scope: {n_in}  out-of-scope: {n_out}  documents: {len(all_docs)}")
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
