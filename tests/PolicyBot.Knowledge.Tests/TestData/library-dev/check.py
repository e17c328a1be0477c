#!/usr/bin/env python3
"""Check eval-dev-library.jsonl against the documents in documents/.

Checks: every line is a JSON object of the right shape; every "document" exists;
every "section" is a heading (or the title) of that document; every phrase occurs
verbatim in the document after Markdown emphasis/links are stripped, and occurs
in (one of) the named section(s); phrase length 4-15 words; counts per document;
no repeated questions.  Exit status 1 if anything is flagged.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
QFILE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "eval-dev-library.jsonl")


def strip_md(s):
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)          # images
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)           # links
    s = re.sub(r"<[^>]+>", "", s)                            # html tags
    s = s.replace("**", "").replace("__", "")                # strong
    s = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", s)  # *em*
    s = re.sub(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1", s)          # _em_
    s = s.replace("`", "")
    return s


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def parse(path):
    """Return (title, sections) where sections is a list of (heading, body_text)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    sections = []
    heading, body, in_fence = None, [], False
    for line in lines:
        if line.strip().startswith("```"):
            in_fence = not in_fence
        m = None if in_fence else re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m:
            sections.append((heading, "\n".join(body)))
            heading, body = norm(strip_md(m.group(2))), []
        else:
            body.append(line)
    sections.append((heading, "\n".join(body)))
    h1 = [norm(strip_md(m.group(1))) for m in
          (re.match(r"^#\s+(.*?)\s*#*\s*$", l) for l in lines) if m]
    title = h1[0] if h1 else os.path.basename(path)
    # text before the first heading belongs to the title
    sections = [(title if h is None else h, b) for h, b in sections]
    return title, sections


def main():
    problems = []
    docs = {}
    for name in sorted(os.listdir(DOCS)):
        if name.endswith(".md") and name != "SOURCES.md":
            title, secs = parse(os.path.join(DOCS, name))
            full = norm(strip_md(open(os.path.join(DOCS, name), encoding="utf-8").read()))
            docs[name] = (title, secs, full)

    n_in = n_out = 0
    per_doc = Counter()
    seen = Counter()
    with open(QFILE, encoding="utf-8") as f:
        raw = f.read()
    for i, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        where = "line %d" % i
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append("%s: not JSON (%s)" % (where, e))
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("question"), str) or not obj["question"].strip():
            problems.append("%s: no question" % where)
            continue
        q = obj["question"]
        seen[norm(q.lower())] += 1
        if obj.get("out_of_scope") is True:
            n_out += 1
            if set(obj) != {"question", "out_of_scope"}:
                problems.append("%s: unexpected keys %s" % (where, sorted(obj)))
            continue
        answers = obj.get("answers")
        if set(obj) != {"question", "answers"} or not isinstance(answers, list) or not answers:
            problems.append("%s: needs 'answers' list or out_of_scope: true" % where)
            continue
        n_in += 1
        for a in answers:
            doc, sec, phrases = a.get("document"), a.get("section"), a.get("phrases")
            if doc not in docs:
                problems.append("%s: document %r not found" % (where, doc))
                continue
            per_doc[doc] += 1
            title, secs, full = docs[doc]
            bodies = [norm(strip_md(b)) for h, b in secs if h == sec]
            if not bodies:
                problems.append("%s: section %r is not a heading of %s" % (where, sec, doc))
            if not isinstance(phrases, list) or not 1 <= len(phrases) <= 2:
                problems.append("%s: phrases must be a list of 1-2 strings" % where)
                continue
            for p in phrases:
                nw = len(p.split())
                if not 4 <= nw <= 15:
                    problems.append("%s: phrase has %d words: %r" % (where, nw, p))
                if norm(p) not in full:
                    problems.append("%s: phrase not in %s: %r" % (where, doc, p))
                elif bodies and not any(norm(p) in b for b in bodies):
                    problems.append("%s: phrase not under section %r: %r" % (where, sec, p))
    for q, c in seen.items():
        if c > 1:
            problems.append("question repeated %d times: %r" % (c, q))
    for doc in docs:
        if not 4 <= per_doc[doc] <= 10:
            problems.append("document %s has %d in-scope answers (want 4-10)" % (doc, per_doc[doc]))

    print("documents: %d" % len(docs))
    for doc in sorted(docs):
        print("  %-40s %2d answers  (title: %s)" % (doc, per_doc[doc], docs[doc][0]))
    print("in-scope questions: %d" % n_in)
    print("out-of-scope questions: %d" % n_out)
    if n_in < 60:
        problems.append("fewer than 60 in-scope questions")
    if n_out < 25:
        problems.append("fewer than 25 out-of-scope questions")
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: no problems found")


if __name__ == "__main__":
    main()
