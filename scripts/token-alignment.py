#!/usr/bin/env python3
"""Token-level alignment, measured (docs/accuracy.md, "Session 5: token-level alignment").

Reads `eval ... --features FILE` dumps of library sets (each line's "align" holds AlignmentProbe's measures for
the question's best hit) and prints (1) each feature's AUC alone, answerable against unanswerable questions, on
the best hit, pooled and per library; (2) leave-one-library-out logistic confidences on the best hit with the
existing features and each new one, libraries weighing the same: the pooled answerable refused at <= 5% and the
unanswerable handed off there, with a paired bootstrap 95% interval of the difference from the existing features.
Label "top3" (default: whether the first three sections hold a right one, as Calibrator fits) or "ans" (answerable).
Pure Python: no numpy here.

    python3 scripts/token-alignment.py /tmp/features.jsonl [top3|ans]
"""
import json, math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lolo import auc, compare

EXIST = ["coverage","log lexical","policy coverage","matched","on topic","like not covered","semantic","section semantic","lexical rank","semantic rank","tuned","semantic lift","example semantic","not covered semantic"]
# AlignmentProbe.Names, in order
ALIGN = ["maxsim mean", "maxsim min", "maxsim idf mean", "missing idf", "missing in document", "missing idf absent",
         "missing idf elsewhere", "missing idf section", "content words", "ablation max rise", "ablation mean rise",
         "text maxsim mean", "text maxsim min", "text maxsim idf mean", "section maxsim mean", "section maxsim min",
         "section maxsim idf mean"]
# ConfidenceModel.Default
SHIPPED = (-5.199, [0.217, -0.304, -0.042, 0.513, 1.269, -4.412, 3.41, 3.385, 1.342, 0.845, 1.538, 1.894, 2.413, -2.278])

rows = []
for path in [a for a in sys.argv[1:] if a.endswith('.jsonl')]:
    for line in open(path):
        d = json.loads(line)
        if d.get("align") is None: continue
        hits = d["hits"]
        if not hits: continue
        secs = []
        for h in hits:
            k = (h["policy"], h["section"])
            if k not in [s[0] for s in secs]: secs.append((k, h["right"]))
            if len(secs) == 3: break
        # the 14 features of session 5 (a dump since holds a 15th, the question's length, counted again in ALIGN)
        x = list(hits[0]["features"])[:len(EXIST)] + list(d["align"])
        rows.append(dict(lib=d["set"], ans=not d["out_of_scope"], top3=any(r for _, r in secs), top1=hits[0]["right"], x=x, q=d["question"]))

libs = sorted(set(r["lib"] for r in rows))
names = EXIST + ALIGN
print("cases", len(rows), {l: (sum(r["ans"] for r in rows if r["lib"]==l), sum(not r["ans"] for r in rows if r["lib"]==l)) for l in libs})
print("\nAUC answerable vs unanswerable, best hit (pooled; per library min-max)")
def shipped(r): return SHIPPED[0] + sum(w*v for w, v in zip(SHIPPED[1], r["x"]))
feats = [(n, (lambda i: (lambda r: r["x"][i]))(i)) for i, n in enumerate(names)] + [("shipped confidence", shipped)]
for n, f in feats:
    a = auc([f(r) for r in rows if r["ans"]], [f(r) for r in rows if not r["ans"]])
    per = [auc([f(r) for r in rows if r["ans"] and r["lib"]==l], [f(r) for r in rows if not r["ans"] and r["lib"]==l]) for l in libs]
    flip = a < 0.5
    if flip: a, per = 1-a, [1-p for p in per]
    print(f"  {n:24s} {a:.3f}{' (lower is answerable)' if flip else ''}  libs {min(per):.3f}-{max(per):.3f}  " + " ".join(f"{p:.2f}" for p in per))

base = list(range(len(EXIST)))
I = {n: len(EXIST)+i for i, n in enumerate(ALIGN)}
variants = [("existing 14 features", base)]
for n in ALIGN:
    variants.append(("+ " + n, base + [I[n]]))
variants += [
 ("+ maxsim mean, min, idf mean", base + [I["maxsim mean"], I["maxsim min"], I["maxsim idf mean"]]),
 ("+ text maxsim mean, min, idf mean", base + [I["text maxsim mean"], I["text maxsim min"], I["text maxsim idf mean"]]),
 ("+ section maxsim mean, min, idf mean", base + [I["section maxsim mean"], I["section maxsim min"], I["section maxsim idf mean"]]),
 ("+ the five lexical", base + [I[n] for n in ALIGN if n.startswith("missing")]),
 ("+ all token and lexical (no count)", base + [I[n] for n in ALIGN if n != "content words"]),
 ("+ everything", base + list(I.values())),
 ("semantic alone", [6]),
 ("semantic + maxsim min", [6, I["maxsim min"]]),
 ("semantic + text maxsim min", [6, I["text maxsim min"]]),
]
LABEL = sys.argv[-1] if sys.argv[-1] in ("ans", "top3") else "top3"
print("label", LABEL)
compare(rows, libs, variants, LABEL, 38)
