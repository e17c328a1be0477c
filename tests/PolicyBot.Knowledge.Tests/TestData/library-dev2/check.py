#!/usr/bin/env python3
"""Check eval-dev2-library.jsonl against documents/ (standard library only).

For every in-scope question: the document exists, the section is a heading in it,
and every phrase occurs in that section's own text (from the heading to the next
heading of any level), after Markdown links, emphasis and backslash escapes are
stripped. Out-of-scope lines must be exactly {"question": ..., "out_of_scope": true}.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
QFILE = os.path.join(HERE, "eval-dev2-library.jsonl")
HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")


def unescape(t):
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!>~|<])", r"\1", t)


def strip_md(t):
    t = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", t)          # images
    t = re.sub(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)", r"\1", t)  # links
    t = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", t)          # reference links
    t = re.sub(r"<(https?://[^>]+)>", r"\1", t)               # autolinks
    t = t.replace("**", "").replace("__", "")
    t = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", t)   # *em*
    t = re.sub(r"(?<!\w)_(?=\S)|(?<=\S)_(?!\w)", "", t)         # _em_
    t = t.replace("`", "")
    return unescape(t)


def sections(path):
    """Return list of (raw_heading, body_text) in document order."""
    out, cur, buf, fence = [], None, [], False
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.lstrip().startswith("```"):
            fence = not fence
        m = None if fence else HEADING.match(line)
        if m:
            if cur is not None:
                out.append((cur, "\n".join(buf)))
            cur, buf = m.group(2).strip(), []
        elif cur is not None:
            buf.append(line)
    if cur is not None:
        out.append((cur, "\n".join(buf)))
    return out


def main():
    errors, n_in, n_out, docs_used = [], 0, 0, {}
    cache = {}
    with open(QFILE, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: bad JSON: {e}")
                continue
            q = obj.get("question")
            if not isinstance(q, str) or not q.strip():
                errors.append(f"line {ln}: missing question")
            if obj.get("out_of_scope") is True:
                if set(obj) != {"question", "out_of_scope"}:
                    errors.append(f"line {ln}: out-of-scope line has extra keys {set(obj)}")
                n_out += 1
                continue
            if set(obj) != {"question", "answers"} or not obj["answers"]:
                errors.append(f"line {ln}: in-scope line must have question + non-empty answers")
                continue
            n_in += 1
            for a in obj["answers"]:
                if set(a) != {"document", "section", "phrases"} or not a["phrases"]:
                    errors.append(f"line {ln}: bad answer keys {set(a)}")
                    continue
                p = os.path.join(DOCS, a["document"])
                if not os.path.isfile(p):
                    errors.append(f"line {ln}: no document {a['document']}")
                    continue
                docs_used[a["document"]] = docs_used.get(a["document"], 0) + 1
                if p not in cache:
                    cache[p] = sections(p)
                match = [body for h, body in cache[p]
                         if a["section"] in (h, unescape(h), strip_md(h))]
                if not match:
                    errors.append(f"line {ln}: section {a['section']!r} not a heading in {a['document']}")
                    continue
                for ph in a["phrases"]:
                    if not any(ph in strip_md(body) for body in match):
                        errors.append(f"line {ln}: phrase not in section {a['section']!r} of {a['document']}: {ph!r}")
    for d in sorted(os.listdir(DOCS)):
        if d not in docs_used:
            errors.append(f"document {d} has no questions")
    print(f"in-scope: {n_in}  out-of-scope: {n_out}  documents: {len(os.listdir(DOCS))}")
    for d, c in sorted(docs_used.items()):
        print(f"  {c:3d}  {d}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
