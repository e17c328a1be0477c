#!/usr/bin/env python3
"""Validator for the library-test5 evaluation set (standard library only).

Checks:
  * every line of eval-test5-library.jsonl is a JSON object of the right shape;
  * every answer's document exists in documents/;
  * every answer's section is the exact text (without leading #s) of an ATX
    heading in that document's Markdown (for .docx/.pdf documents: the Markdown
    original in originals/<same name>.md);
  * every phrase occurs verbatim (whitespace-normalised) in that section's text,
    where a section's text runs from its heading to the next heading of the same
    or higher level;
  * organisations.txt lists existing documents, and every document is listed;
  * counts: at least 100 in-scope and 40 out-of-scope questions.
Exits 0 when everything is valid, 1 otherwise.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
ORIG = os.path.join(HERE, "originals")
EVAL = os.path.join(HERE, "eval-test5-library.jsonl")
ORGS = os.path.join(HERE, "organisations.txt")

HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")


def norm(text):
    return " ".join(text.split())


def markdown_source(doc):
    stem, ext = os.path.splitext(doc)
    if ext.lower() in (".docx", ".pdf"):
        return os.path.join(ORIG, stem + ".md")
    return os.path.join(DOCS, doc)


def sections(path):
    """Return a list of (heading_text, section_text) for every ATX heading."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    heads = []  # (line_index, level, text)
    in_fence = False
    for i, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = HEADING.match(line)
        if m:
            text = (m.group(2) or "")
            text = re.sub(r"[ \t]+#+$", "", text).strip()  # optional closing #s
            heads.append((i, len(m.group(1)), text))
    out = []
    for n, (i, level, text) in enumerate(heads):
        end = len(lines)
        for j, lvl, _ in heads[n + 1:]:
            if lvl <= level:
                end = j
                break
        out.append((text, "\n".join(lines[i + 1:end])))
    return out


def main():
    errors = []
    cache = {}
    in_scope = out_scope = 0
    used_docs = set()
    if not os.path.isfile(EVAL):
        print("missing " + EVAL)
        return 1
    with open(EVAL, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except ValueError as e:
                errors.append("line %d: bad JSON: %s" % (ln, e))
                continue
            q = obj.get("question")
            if not isinstance(q, str) or not q.strip():
                errors.append("line %d: missing question" % ln)
            if obj.get("out_of_scope") is True:
                out_scope += 1
                if "answers" in obj:
                    errors.append("line %d: out-of-scope item has answers" % ln)
                continue
            answers = obj.get("answers")
            if not isinstance(answers, list) or not answers or len(answers) > 2:
                errors.append("line %d: answers must be a list of 1-2 objects" % ln)
                continue
            in_scope += 1
            for a in answers:
                doc, sec, phrases = a.get("document"), a.get("section"), a.get("phrases")
                if not isinstance(doc, str) or not os.path.isfile(os.path.join(DOCS, doc)):
                    errors.append("line %d: document not found: %r" % (ln, doc))
                    continue
                used_docs.add(doc)
                src = markdown_source(doc)
                if not os.path.isfile(src):
                    errors.append("line %d: Markdown source not found for %s" % (ln, doc))
                    continue
                if src not in cache:
                    cache[src] = sections(src)
                matches = [t for h, t in cache[src] if h == sec]
                if not matches:
                    errors.append("line %d: heading %r not in %s" % (ln, sec, doc))
                    continue
                if not isinstance(phrases, list) or not 1 <= len(phrases) <= 3:
                    errors.append("line %d: phrases must be a list of 1-3 strings" % ln)
                    continue
                for p in phrases:
                    if not isinstance(p, str) or not p.strip():
                        errors.append("line %d: empty phrase" % ln)
                    elif not any(norm(p) in norm(t) for t in matches):
                        errors.append("line %d: phrase %r not in section %r of %s" % (ln, p, sec, doc))
    # organisations.txt
    listed = set()
    if not os.path.isfile(ORGS):
        errors.append("missing organisations.txt")
    else:
        with open(ORGS, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                if ":" not in line or "," not in line.split(":", 1)[0]:
                    errors.append("organisations.txt line %d: bad format" % ln)
                    continue
                for name in line.split(":", 1)[1].split(","):
                    name = name.strip()
                    hits = [d for d in os.listdir(DOCS) if os.path.splitext(d)[0] == name]
                    if len(hits) != 1:
                        errors.append("organisations.txt line %d: no single document for %r" % (ln, name))
                    listed.add(name)
    for d in os.listdir(DOCS):
        stem = os.path.splitext(d)[0]
        if stem not in listed:
            errors.append("document %s not listed in organisations.txt" % d)
        if d not in used_docs:
            errors.append("document %s has no in-scope question" % d)
    if in_scope < 100:
        errors.append("only %d in-scope questions (need 100)" % in_scope)
    if out_scope < 40:
        errors.append("only %d out-of-scope questions (need 40)" % out_scope)
    for e in errors:
        print(e)
    print("%d in scope, %d out of scope, %d documents; %s"
          % (in_scope, out_scope, len(os.listdir(DOCS)), "OK" if not errors else "%d error(s)" % len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
