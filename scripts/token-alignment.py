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
import json, math, sys
from collections import defaultdict

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
        x = list(hits[0]["features"]) + list(d["align"])
        rows.append(dict(lib=d["set"], ans=not d["out_of_scope"], top3=any(r for _, r in secs), top1=hits[0]["right"], x=x, q=d["question"]))

def sig(z): return 1/(1+math.exp(-max(-30,min(30,z))))
def auc(pos, neg):
    s = 0.0
    for p in pos:
        for n in neg:
            s += 1 if p > n else 0.5 if p == n else 0
    return s/(len(pos)*len(neg))

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

def solve(A, b):
    n = len(b); M = [A[i][:] + [b[i]] for i in range(n)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c])); M[c], M[p] = M[p], M[c]
        for r in range(n):
            if r != c and M[c][c] != 0:
                f = M[r][c]/M[c][c]
                for k in range(c, n+1): M[r][k] -= f*M[c][k]
    return [M[i][n]/M[i][i] for i in range(n)]

def fit(X, y, w, l2=1e-3, iters=25):
    d = len(X[0]); beta = [0.0]*(d+1); W = sum(w)
    for _ in range(iters):
        g = [0.0]*(d+1); H = [[0.0]*(d+1) for _ in range(d+1)]
        for xi, yi, wi in zip(X, y, w):
            v = [1.0] + xi
            p = sig(sum(b*a for b, a in zip(beta, v)))
            e = (p - yi)*wi/W; s = p*(1-p)*wi/W
            for j in range(d+1):
                g[j] += e*v[j]
                sj = s*v[j]
                Hj = H[j]
                for k in range(j, d+1): Hj[k] += sj*v[k]
        for j in range(d+1):
            for k in range(j): H[j][k] = H[k][j]
        for j in range(1, d+1):
            g[j] += 2*l2*beta[j]; H[j][j] += 2*l2
        step = solve(H, g)
        beta = [b - s for b, s in zip(beta, step)]
        if max(abs(s) for s in step) < 1e-6: break
    return beta

def standardise(train, test):
    d = len(train[0]); mu = [sum(x[j] for x in train)/len(train) for j in range(d)]
    sd = [max(1e-9, math.sqrt(sum((x[j]-mu[j])**2 for x in train)/len(train))) for j in range(d)]
    f = lambda X: [[(x[j]-mu[j])/sd[j] for j in range(d)] for x in X]
    return f(train), f(test)

def lolo(cols, label="top3"):
    out = []
    for l in libs:
        tr = [r for r in rows if r["lib"] != l]; te = [r for r in rows if r["lib"] == l]
        Xtr, Xte = standardise([[r["x"][c] for c in cols] for r in tr], [[r["x"][c] for c in cols] for r in te])
        # each library weighs the same in the fit
        n = defaultdict(int)
        for r in tr: n[r["lib"]] += 1
        beta = fit(Xtr, [1.0 if r[label] else 0.0 for r in tr], [1.0/n[r["lib"]] for r in tr])
        for r, x in zip(te, Xte):
            out.append((r, sig(beta[0] + sum(b*v for b, v in zip(beta[1:], x)))))
    return out

def at5(out):
    ans = sorted(p for r, p in out if r["ans"]); k = int(math.floor(0.05*len(ans)))
    t = ans[k]  # refuse below t: k answerable refused (<= 5%)
    hand = sum(1 for r, p in out if not r["ans"] and p < t); nun = sum(1 for r, p in out if not r["ans"])
    per = []
    for l in libs:
        a = [p for r, p in out if r["lib"]==l and r["ans"]]; u = [p for r, p in out if r["lib"]==l and not r["ans"]]
        per.append((sum(p < t for p in a)/len(a), sum(p < t for p in u)/len(u)))
    auc_ = auc([p for r, p in out if r["ans"]], [p for r, p in out if not r["ans"]])
    return t, hand/nun, per, auc_

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
import random
def boot(o1, o2, n=300):
    # paired bootstrap over questions of the difference in handed off at 5% refused
    random.seed(1); d = []
    for _ in range(n):
        idx = [random.randrange(len(o1)) for _ in o1]
        def h(o):
            s = [o[i] for i in idx]; ans = sorted(p for r, p in s if r["ans"]); t = ans[int(0.05*len(ans))]
            u = [p for r, p in s if not r["ans"]]; return sum(p < t for p in u)/len(u)
        d.append(h(o2) - h(o1))
    d.sort(); return d[int(0.025*n)], d[int(0.975*n)]
LABEL = sys.argv[-1] if sys.argv[-1] in ("ans", "top3") else "top3"
print("label", LABEL)
base_out = None
for name, cols in variants:
    out = lolo(cols, LABEL)
    t, h, per, a = at5(out)
    if base_out is None: base_out = out
    lo, hi = boot(base_out, out) if out is not base_out else (0, 0)
    print(f"  {name:38s} AUC {a:.3f} thr {t:.3f} handed off {100*h:.1f}% (diff 95% {100*lo:+.1f}..{100*hi:+.1f})  " + "  ".join(f"{100*r:.0f}/{100*u:.0f}" for r, u in per), flush=True)
