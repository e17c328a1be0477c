#!/usr/bin/env python3
"""Validate the library-test9 evaluation set (Python 3 standard library only).

Checks:
  * every line of eval-test9-library.jsonl parses as a JSON object of a known shape;
  * every document named in an answer exists in documents/;
  * every section is a heading of that document (for .docx/.pdf: of its Markdown
    original in originals/, same base name, .md);
  * every phrase occurs in that section's text (section = heading up to the next
    heading of the same or higher level) after collapsing whitespace;
  * at least 100 in-scope and 40 out-of-scope questions, at least 7 in-scope
    questions per document, every document in documents/ used;
  * organisations.txt lists every document exactly once and only existing ones.
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
ORIGS = os.path.join(HERE, "originals")
JSONL = os.path.join(HERE, "eval-test9-library.jsonl")
ORGS = os.path.join(HERE, "organisations.txt")

MIN_IN, MIN_OUT, MIN_PER_DOC = 100, 40, 7

ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")
LIST_OR_BLOCK = re.compile(r"^ {0,3}([-*+>]|\d+[.)])(\s|$)")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def parse_sections(text):
    """Return a list of (level, heading_text, section_text)."""
    lines = text.splitlines()
    heads = []  # (line_index_of_heading_start, body_start, level, text)
    in_fence = False
    for i, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = ATX.match(line)
        if m:
            t = (m.group(2) or "")
            t = re.sub(r"[ \t]+#+[ \t]*$", "", t).strip()
            heads.append((i, i + 1, len(m.group(1)), t))
            continue
        m = SETEXT.match(line)
        if m and i > 0:
            prev = lines[i - 1]
            if (prev.strip() and not ATX.match(prev) and not SETEXT.match(prev)
                    and not LIST_OR_BLOCK.match(prev)
                    and (i < 2 or not lines[i - 2].strip())):
                level = 1 if m.group(1).startswith("=") else 2
                heads.append((i - 1, i + 1, level, prev.strip()))
    out = []
    for k, (start, body, level, t) in enumerate(heads):
        end = len(lines)
        for start2, _b2, level2, _t2 in heads[k + 1:]:
            if level2 <= level:
                end = start2
                break
        out.append((level, t, "\n".join(lines[body:end])))
    return out


def source_text(doc):
    base, ext = os.path.splitext(doc)
    if ext.lower() in (".docx", ".pdf"):
        path = os.path.join(ORIGS, base + ".md")
    else:
        path = os.path.join(DOCS, doc)
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    errors = []
    docs = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
    for d in docs:
        base, ext = os.path.splitext(d)
        if ext.lower() in (".docx", ".pdf") and not os.path.exists(os.path.join(ORIGS, base + ".md")):
            errors.append("no Markdown original for %s" % d)
    sections = {}
    for d in docs:
        try:
            sections[d] = parse_sections(source_text(d))
        except OSError as e:
            errors.append("cannot read source of %s: %s" % (d, e))

    n_in = n_out = 0
    per_doc = Counter()
    questions = Counter()
    with open(JSONL, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % no)
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                errors.append("line %d: bad JSON: %s" % (no, e))
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("question"), str) or not obj["question"].strip():
                errors.append("line %d: missing question" % no)
                continue
            questions[obj["question"].strip().lower()] += 1
            if obj.get("out_of_scope") is True:
                if set(obj) != {"question", "out_of_scope"}:
                    errors.append("line %d: out-of-scope object has extra keys" % no)
                n_out += 1
                continue
            answers = obj.get("answers")
            if set(obj) != {"question", "answers"} or not isinstance(answers, list) or not 1 <= len(answers) <= 2:
                errors.append("line %d: in-scope object must have question and 1-2 answers" % no)
                continue
            n_in += 1
            seen_docs = set()
            for a in answers:
                doc, sec, phrases = a.get("document"), a.get("section"), a.get("phrases")
                if doc not in sections:
                    errors.append("line %d: unknown document %r" % (no, doc))
                    continue
                seen_docs.add(doc)
                if not isinstance(phrases, list) or not 1 <= len(phrases) <= 3:
                    errors.append("line %d: need 1-3 phrases" % no)
                    continue
                matches = [body for (_lvl, t, body) in sections[doc] if t == sec]
                if not matches:
                    errors.append("line %d: %r is not a heading of %s" % (no, sec, doc))
                    continue
                bodies = [ws(b) for b in matches]
                for p in phrases:
                    if not isinstance(p, str) or not p.strip():
                        errors.append("line %d: empty phrase" % no)
                    elif not any(ws(p) in b for b in bodies):
                        errors.append("line %d: phrase %r not in section %r of %s" % (no, p, sec, doc))
            for d in seen_docs:
                per_doc[d] += 1

    for q, c in questions.items():
        if c > 1:
            errors.append("duplicate question: %r" % q)
    if n_in < MIN_IN:
        errors.append("only %d in-scope questions (need %d)" % (n_in, MIN_IN))
    if n_out < MIN_OUT:
        errors.append("only %d out-of-scope questions (need %d)" % (n_out, MIN_OUT))
    for d in docs:
        if per_doc[d] < MIN_PER_DOC:
            errors.append("%s has %d in-scope questions (need %d)" % (d, per_doc[d], MIN_PER_DOC))

    # organisations.txt
    listed = []
    with open(ORGS, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    if not lines or not lines[0].startswith("# Organisation, other name staff use: documents"):
        errors.append("organisations.txt: bad header line")
    for l in lines[1:]:
        if ":" not in l:
            errors.append("organisations.txt: bad line %r" % l)
            continue
        listed += [x.strip() for x in l.split(":", 1)[1].split(",") if x.strip()]
    stems = {os.path.splitext(d)[0] for d in docs}
    for x in listed:
        if x not in stems:
            errors.append("organisations.txt: unknown document %r" % x)
    for s in stems:
        if listed.count(s) != 1:
            errors.append("organisations.txt: %r listed %d times" % (s, listed.count(s)))

    total = n_in + n_out
    print("in-scope: %d, out-of-scope: %d, total: %d" % (n_in, n_out, total))
    for d in docs:
        share = 100.0 * per_doc[d] / n_in if n_in else 0
        print("  %-45s %3d  (%.0f%%)" % (d, per_doc[d], share))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
