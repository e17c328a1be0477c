#!/usr/bin/env python3
"""Validate eval-test-library.jsonl against the documents it cites.

Checks:
  * every line is a JSON object of one of the two allowed shapes;
  * every "document" exists in library/ and has a .md/.txt original in documents/;
  * every "section" is a heading of that original (Markdown emphasis/links
    stripped), or its title (first "# " heading, else the file name stem);
  * every phrase (4-15 words) appears verbatim, after stripping Markdown
    emphasis/links and collapsing whitespace, in the text of that section
    (text between that heading and the next heading of any level);
  * for converted documents (.docx/.pdf), every phrase also appears in the
    text extracted from the converted file (pandoc / pdftotext);
  * no duplicate questions; per-document and overall counts.
Exit status 0 when nothing is flagged.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "library")
DOCS = os.path.join(HERE, "documents")
QFILE = os.path.join(HERE, "eval-test-library.jsonl")

MIN_IN_SCOPE, MIN_OUT_SCOPE, MIN_PER_DOC = 90, 35, 6

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def strip_md(text):
    """Remove Markdown link syntax, emphasis and backslash escapes."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)       # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)        # links
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)       # ref links
    text = re.sub(r"\\([-+*_#\[\]()!.`\\<>{}|])", r"\1", text)  # escapes
    for _ in range(2):
        text = re.sub(r"(\*\*\*|\*\*|\*)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
        text = re.sub(r"(?<!\w)(___|__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)", r"\2", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    return text


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def parse_markdown(path):
    """Return (title, {section name: [section texts]})."""
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    # skip YAML front matter
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                start = i + 1
                break
    stem = os.path.splitext(os.path.basename(path))[0]
    sections = defaultdict(list)
    title = None
    current, buf = None, []   # None = text before the first heading
    pre_heading = []
    in_fence = False
    for line in lines[start:]:
        if FENCE.match(line):
            in_fence = not in_fence
        m = None if in_fence else HEADING.match(line)
        if m:
            if current is None:
                pre_heading = buf
            else:
                sections[current].append("\n".join(buf))
            name = norm(strip_md(m.group(2)))
            if title is None and len(m.group(1)) == 1:
                title = name
            current, buf = name, []
        else:
            buf.append(line)
    if current is None:
        pre_heading = buf
    else:
        sections[current].append("\n".join(buf))
    if title is None:
        title = stem
    sections[title].append("\n".join(pre_heading))
    return title, sections


def plain_quotes(text):
    """pandoc's default 'smart' extension curls quotes/apostrophes and turns
    ... into an ellipsis; compare converted text with these folded back."""
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2026", "...")):
        text = text.replace(a, b)
    return text


def converted_text(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        out = subprocess.run(["pandoc", path, "-t", "plain", "--wrap=none"],
                             capture_output=True, text=True, check=True).stdout
    elif ext == ".pdf":
        out = subprocess.run(["pdftotext", "-layout", path, "-"],
                             capture_output=True, text=True, check=True).stdout
        out = re.sub(r"(\w)-\n\s*(\w)", r"\1\2", out)
    else:
        return None
    return norm(plain_quotes(out))


def main():
    problems = []
    originals, conv_cache = {}, {}
    library = sorted(os.listdir(LIB))
    per_doc = Counter()
    n_in = n_out = 0
    seen = {}
    with open(QFILE, encoding="utf-8") as fh:
        raw_lines = fh.read().split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    for ln, line in enumerate(raw_lines, 1):
        where = f"line {ln}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("question"), str) \
                or not obj["question"].strip():
            problems.append(f"{where}: needs a non-empty 'question' string")
            continue
        q = obj["question"]
        key = norm(q.lower())
        if key in seen:
            problems.append(f"{where}: duplicate of line {seen[key]}: {q!r}")
        seen[key] = ln
        if obj.get("out_of_scope") is True:
            if set(obj) != {"question", "out_of_scope"}:
                problems.append(f"{where}: out-of-scope item has extra keys {sorted(obj)}")
            n_out += 1
            continue
        if set(obj) != {"question", "answers"} or not isinstance(obj["answers"], list) \
                or not obj["answers"]:
            problems.append(f"{where}: in-scope item needs exactly 'question' and a non-empty 'answers' list")
            continue
        n_in += 1
        docs_here = set()
        for ans in obj["answers"]:
            if not isinstance(ans, dict) or set(ans) != {"document", "section", "phrases"}:
                problems.append(f"{where}: answer needs document/section/phrases: {ans!r}")
                continue
            doc, sec, phrases = ans["document"], ans["section"], ans["phrases"]
            if doc not in library:
                problems.append(f"{where}: document {doc!r} not in library/")
                continue
            docs_here.add(doc)
            stem = os.path.splitext(doc)[0]
            orig = next((os.path.join(DOCS, stem + e) for e in (".md", ".txt")
                         if os.path.exists(os.path.join(DOCS, stem + e))), None)
            if orig is None:
                problems.append(f"{where}: no .md/.txt original for {doc!r} in documents/")
                continue
            if orig not in originals:
                originals[orig] = parse_markdown(orig)
            title, sections = originals[orig]
            if sec not in sections:
                problems.append(f"{where}: section {sec!r} is not a heading/title of {os.path.basename(orig)}")
                continue
            if not isinstance(phrases, list) or not 1 <= len(phrases) <= 2:
                problems.append(f"{where}: needs 1-2 phrases")
                continue
            bodies = [norm(strip_md(b)) for b in sections[sec]]
            conv = None
            if not doc.endswith((".md", ".txt")):
                if doc not in conv_cache:
                    conv_cache[doc] = converted_text(os.path.join(LIB, doc))
                conv = conv_cache[doc]
            for p in phrases:
                words = len(p.split())
                if not 4 <= words <= 15:
                    problems.append(f"{where}: phrase has {words} words (want 4-15): {p!r}")
                np_ = norm(p)
                if not any(np_ in b for b in bodies):
                    problems.append(f"{where}: phrase not in section {sec!r} of {os.path.basename(orig)}: {p!r}")
                if conv is not None and plain_quotes(np_) not in conv:
                    problems.append(f"{where}: phrase not in converted {doc}: {p!r}")
        for d in docs_here:
            per_doc[d] += 1
    for d in library:
        if per_doc[d] < MIN_PER_DOC:
            problems.append(f"document {d}: only {per_doc[d]} in-scope questions (want >= {MIN_PER_DOC})")
    if n_in < MIN_IN_SCOPE:
        problems.append(f"only {n_in} in-scope questions (want >= {MIN_IN_SCOPE})")
    if n_out < MIN_OUT_SCOPE:
        problems.append(f"only {n_out} out-of-scope questions (want >= {MIN_OUT_SCOPE})")

    print(f"lines: {len(raw_lines)}  in-scope: {n_in}  out-of-scope: {n_out}")
    for d in library:
        print(f"  {per_doc[d]:3d}  {d}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
