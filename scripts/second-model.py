#!/usr/bin/env python3
"""A second sentence model, measured (docs/accuracy.md, "Session 6: a second sentence model").

Reads an `eval ... --features FILE` dump of library sets made with snowflake-arctic-embed-xs beside the binaries
(`-p:WithArctic=true`: each line's "arctic" holds ArcticProbe's measures for the three best candidates) and prints
(1) each measure's AUC alone, answerable against unanswerable questions, on the best hit, pooled and per library,
beside MiniLM's; (2) how often Arctic's best of the three best candidates is right against the ranking's first;
(3) leave-one-library-out logistic confidences on the best hit with the 15 features the untuned confidence reads
and each Arctic measure added, libraries weighing the same: the unanswerable handed off at the pooled point that
refuses at most 5% of the answerable, with a paired bootstrap 95% interval of the difference from the 15, and
refused / handed off per library. Label "top3" (default: whether the first three sections hold a right one, as
Calibrator fits) or "ans" (answerable).

    python3 scripts/second-model.py /tmp/features.jsonl [top3|ans]
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lolo import auc, compare

# ConfidenceModel.FeatureNames
EXIST = ["coverage", "log lexical", "policy coverage", "matched", "on topic", "like not covered", "semantic",
         "section semantic", "lexical rank", "semantic rank", "tuned", "semantic lift", "example semantic",
         "not covered semantic", "log question words"]
# ArcticProbe.Names, in order
ARCTIC = ["arctic", "arctic text", "arctic section", "arctic section best", "arctic no prefix", "arctic lift",
          "arctic rank", "arctic policy best", "arctic policy best section"]
# over the three best candidates
TOP3 = ["arctic best of 3", "arctic 2nd", "arctic 3rd", "semantic best of 3"]
# the two models' cosines of the best hit multiplied: high only where both are
BOTH = ["semantic x arctic"]
# ConfidenceModel.UntunedDefault (the shipped untuned confidence)
SHIPPED = (-5.995, [1.291, -0.513, 0.958, 0.353, 0.538, 0, 4.109, 3.329, 0.403, 0.533, 0, 1.637, 0, 0, 1.029])

rows = []
for path in [a for a in sys.argv[1:] if a.endswith('.jsonl')]:
    for line in open(path):
        d = json.loads(line)
        if not d.get("arctic") or not d["hits"]: continue
        hits, arc = d["hits"], d["arctic"]
        secs = []
        for h in hits:
            k = (h["policy"], h["section"])
            if k not in [s[0] for s in secs]: secs.append((k, h["right"]))
            if len(secs) == 3: break
        cos = [a[0] for a in arc]
        top3 = [max(cos), cos[1] if len(cos) > 1 else cos[0], cos[2] if len(cos) > 2 else cos[-1],
                max(h["features"][6] for h in hits[:3])]
        x = list(hits[0]["features"]) + list(arc[0]) + top3 + [hits[0]["features"][6] * arc[0][0]]
        pick = max(range(len(arc)), key=lambda i: cos[i])
        rows.append(dict(lib=d["set"].split("/")[-1], ans=not d["out_of_scope"], top3=any(r for _, r in secs),
                         top1=hits[0]["right"], arctic_top1=hits[pick]["right"], x=x, q=d["question"]))

libs = sorted(set(r["lib"] for r in rows))
names = EXIST + ARCTIC + TOP3 + BOTH
I = {n: i for i, n in enumerate(names)}
print("cases", len(rows), "answerable", sum(r["ans"] for r in rows), "unanswerable", sum(not r["ans"] for r in rows))
print("libraries (answerable, unanswerable):", {l: (sum(r["ans"] for r in rows if r["lib"]==l), sum(not r["ans"] for r in rows if r["lib"]==l)) for l in libs})

print("\nAUC answerable vs unanswerable, best hit (pooled; per library min-max; then per library)")
def shipped(r): return SHIPPED[0] + sum(w*v for w, v in zip(SHIPPED[1], r["x"]))
feats = [(n, (lambda i: (lambda r: r["x"][i]))(I[n])) for n in ["semantic", "section semantic"] + ARCTIC + TOP3 + BOTH]
feats += [("shipped untuned confidence", shipped)]
for n, f in feats:
    a = auc([f(r) for r in rows if r["ans"]], [f(r) for r in rows if not r["ans"]])
    per = [auc([f(r) for r in rows if r["ans"] and r["lib"]==l], [f(r) for r in rows if not r["ans"] and r["lib"]==l]) for l in libs]
    flip = a < 0.5
    if flip: a, per = 1-a, [1-p for p in per]
    print(f"  {n:28s} {a:.3f}{' (lower is answerable)' if flip else ''}  libs {min(per):.3f}-{max(per):.3f}  " + " ".join(f"{p:.2f}" for p in per), flush=True)

print("\nRanking: the answerable questions whose first candidate is right, by the ranking / by Arctic's best of the three best")
for l in libs + [None]:
    a = [r for r in rows if r["ans"] and (l is None or r["lib"] == l)]
    print(f"  {l or 'pooled':28s} {100*sum(r['top1'] for r in a)/len(a):.1f}% / {100*sum(r['arctic_top1'] for r in a)/len(a):.1f}%")

LABEL = sys.argv[-1] if sys.argv[-1] in ("ans", "top3") else "top3"
print("\nlabel", LABEL, "; per library refused / handed off (%):", " ".join(libs))
base = list(range(len(EXIST)))
variants = [("the 15 features", base)]
variants += [("+ " + n, base + [I[n]]) for n in ARCTIC + TOP3 + BOTH]
variants += [
    ("+ arctic, section, section best", base + [I["arctic"], I["arctic section"], I["arctic section best"]]),
    ("+ arctic, policy best, policy best section", base + [I["arctic"], I["arctic policy best"], I["arctic policy best section"]]),
    ("+ all nine Arctic measures", base + [I[n] for n in ARCTIC]),
    ("+ all nine and the three best", base + [I[n] for n in ARCTIC + TOP3]),
    ("semantic alone", [I["semantic"]]),
    ("arctic alone", [I["arctic"]]),
    ("semantic + arctic", [I["semantic"], I["arctic"]]),
]
compare(rows, libs, variants, LABEL, 44)
