#!/usr/bin/env python3
"""Validate eval-test2-library.jsonl against the documents in documents/.

Standard library only. Exit code 0 when everything is consistent.

Checks:
  * every line is valid JSON with exactly one of the two allowed shapes:
      {"question": str, "answers": [{"document", "section", "phrases"}, ...]}
      {"question": str, "out_of_scope": true}
  * every referenced document exists in documents/
  * every section is a Markdown heading of that document
    (ATX headings "#".."######" followed by a space, outside fenced code)
  * every phrase occurs in that section's own text (from the heading to the
    next heading of any level) after stripping Markdown link syntax,
    emphasis markers and backslash escapes (whitespace runs collapsed)
  * every document in documents/ has at least one question
  * prints counts per document and overall
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
QFILE = os.path.join(HERE, "eval-test2-library.jsonl")

HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*(?:[ \t]#+[ \t]*)?$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")


def sections(path):
    """Return list of (heading_text, own_text) in document order."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    result = []
    current = None
    buf = []
    in_fence = False
    for line in lines:
        if FENCE.match(line):
            in_fence = not in_fence
        m = None if in_fence else HEADING.match(line)
        if m:
            if current is not None:
                result.append((current, "\n".join(buf)))
            current = m.group(2).strip()
            buf = []
        else:
            buf.append(line)
    if current is not None:
        result.append((current, "\n".join(buf)))
    return result


def strip_markdown(text):
    # images and links: ![alt](url) / [text](url) -> alt / text
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    # reference-style links [text][ref] -> text
    text = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", text)
    # backslash escapes: \* -> *, \_ -> _ (marked so emphasis stripping keeps them)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>~])", lambda m: "\x00" + m.group(1), text)
    # emphasis: remove runs of * and emphasis underscores at word boundaries
    text = re.sub(r"(?<!\x00)\*+", "", text)
    text = re.sub(r"(?<![\w\x00])_+(?=\S)|(?<=\S)(?<!\x00)_+(?!\w)", "", text)
    text = text.replace("\x00", "")
    return text


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def main():
    errors = []
    if not os.path.isdir(DOCS):
        print("documents/ missing")
        return 1
    doc_files = sorted(
        f for f in os.listdir(DOCS) if os.path.isfile(os.path.join(DOCS, f))
    )
    doc_sections = {}
    for f in doc_files:
        if f.lower().endswith((".md", ".markdown", ".txt")):
            doc_sections[f] = sections(os.path.join(DOCS, f))

    per_doc = {f: 0 for f in doc_files}
    in_scope = 0
    oos = 0
    seen_questions = set()
    with open(QFILE, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: invalid JSON: {e}")
                continue
            if not isinstance(obj, dict):
                errors.append(f"line {n}: not an object")
                continue
            q = obj.get("question")
            if not isinstance(q, str) or not q.strip():
                errors.append(f"line {n}: missing question")
                continue
            if q in seen_questions:
                errors.append(f"line {n}: duplicate question {q!r}")
            seen_questions.add(q)
            keys = set(obj)
            if keys == {"question", "out_of_scope"}:
                if obj["out_of_scope"] is not True:
                    errors.append(f"line {n}: out_of_scope must be true")
                oos += 1
                continue
            if keys != {"question", "answers"}:
                errors.append(f"line {n}: unexpected keys {sorted(keys)}")
                continue
            answers = obj["answers"]
            if not isinstance(answers, list) or not answers:
                errors.append(f"line {n}: answers must be a non-empty list")
                continue
            in_scope += 1
            docs_here = set()
            for a in answers:
                if not isinstance(a, dict) or set(a) != {"document", "section", "phrases"}:
                    errors.append(f"line {n}: answer must have exactly document, section, phrases")
                    continue
                d, s, phrases = a["document"], a["section"], a["phrases"]
                if d not in doc_sections:
                    errors.append(f"line {n}: document not found: {d}")
                    continue
                docs_here.add(d)
                matches = [t for h, t in doc_sections[d] if h == s]
                if not matches:
                    errors.append(f"line {n}: section {s!r} is not a heading of {d}")
                    continue
                if not isinstance(phrases, list) or not phrases:
                    errors.append(f"line {n}: phrases must be a non-empty list")
                    continue
                texts = [norm(strip_markdown(t)) for t in matches]
                for p in phrases:
                    if not isinstance(p, str) or not p.strip():
                        errors.append(f"line {n}: empty phrase")
                        continue
                    if not any(norm(p) in t for t in texts):
                        errors.append(f"line {n}: phrase not in {d} / {s!r}: {p!r}")
            for d in docs_here:
                per_doc[d] += 1

    for d, c in per_doc.items():
        if c == 0:
            errors.append(f"document has no questions: {d}")

    print("In-scope questions per document:")
    for d in doc_files:
        print(f"  {per_doc[d]:4d}  {d}")
    print(f"Documents: {len(doc_files)}")
    print(f"In-scope questions: {in_scope}")
    print(f"Out-of-scope questions: {oos}")
    print(f"Total lines: {in_scope + oos}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
