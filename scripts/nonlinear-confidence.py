#!/usr/bin/env python3
"""A non-linear confidence for documents nobody tuned, measured (docs/accuracy.md, "Session 7: a non-linear
confidence").

Reads an `eval ... --features FILE` dump of the development libraries' sets and compares, leave one library out
(libraries weighing the same in every fit, as scripts/lolo.py does), the unanswerable questions handed off at the
pooled point that refuses at most 5% of the answerable, with a paired bootstrap 95% interval of the difference from
the logistic over the 15 features the untuned confidence reads:
  (a) gradient-boosted trees of depth 1 (stumps) or 2 on the same features, logistic loss;
  (b) the logistic with hinge (piecewise-linear spline) features at the training tertiles, or with pairwise
      products of the six strongest features;
  (c) the same models with features of the best hits together (whether they come from one document or section, the
      lead of the best section's semantic over the next section's).
Every fit sees only the training libraries: bins, knots and standardisation are taken from them. Hyper-parameters
are fixed a priori (below); `--nested` also picks the boosting's rounds and depth by leave one library out inside
each training fold; `--grid` prints every depth and number of rounds scored on the outer folds (a sensitivity, not a
fair selection); `--only=NAME` runs the baseline and the variants whose name holds NAME.

    python3 scripts/nonlinear-confidence.py /tmp/features.jsonl [top3|ans] [--nested] [--grid] [--only=NAME]
"""
import bisect, json, math, os, sys
from collections import defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lolo import at5, boot, fit, sig, standardise

# ConfidenceModel.FeatureNames
EXIST = ["coverage", "log lexical", "policy coverage", "matched", "on topic", "like not covered", "semantic",
         "section semantic", "lexical rank", "semantic rank", "tuned", "semantic lift", "example semantic",
         "not covered semantic", "log question words"]
# over the best hits (c)
TOP = ["same document of 3 sections", "same document of 5 hits", "same section of 3 hits", "semantic lead",
       "section semantic lead", "best semantic of 3"]

# A priori: shrinkage, rounds, depth, L2 on leaf values, least hessian in a leaf (weights average 1), bins.
BOOST = dict(eta=0.1, rounds=150, depth=2, lam=1.0, min_h=2.0, bins=32)
SPLINE_L2 = 1e-2


def read(paths):
    rows = []
    for path in paths:
        for line in open(path):
            d = json.loads(line)
            hits = d["hits"]
            if not hits:
                continue
            secs = []
            for h in hits:
                k = (h["policy"], h["section"])
                if k not in [s[0] for s in secs]:
                    secs.append((k, h["right"], h["features"]))
                if len(secs) == 3:
                    break
            best = hits[0]
            doc, sec = best["policy"], (best["policy"], best["section"])
            other = next((h for h in hits if (h["policy"], h["section"]) != sec), None)
            top = [sum(1 for s in secs if s[0][0] == doc), sum(1 for h in hits[:5] if h["policy"] == doc),
                   sum(1 for h in hits[:3] if (h["policy"], h["section"]) == sec),
                   best["features"][6] - (other["features"][6] if other else 0),
                   best["features"][7] - (other["features"][7] if other else 0),
                   max(h["features"][6] for h in hits[:3])]
            rows.append(dict(lib=d["set"].split("/")[-1], ans=not d["out_of_scope"], top3=any(r for _, r, _ in secs),
                             top1=best["right"], x=list(best["features"]) + top, q=d["question"]))
    return rows


def weights(rows):
    # libraries weigh the same; the weights average 1
    n = defaultdict(int)
    for r in rows:
        n[r["lib"]] += 1
    w = [1.0 / n[r["lib"]] for r in rows]
    s = len(rows) / sum(w)
    return [v * s for v in w]


# ---- (a) gradient-boosted trees: logistic loss, Newton leaves, histogram splits on training quantiles ----

def cuts_of(X, bins):
    cuts = []
    for j in range(len(X[0])):
        v = sorted(set(x[j] for x in X))
        if len(v) <= bins:
            c = [(a + b) / 2 for a, b in zip(v, v[1:])]
        else:
            s = sorted(x[j] for x in X)
            c = sorted(set(s[int(len(s) * k / bins)] for k in range(1, bins)))
        cuts.append(c)
    return cuts


def best_split(idx, B, cuts, g, h, lam, min_h):
    G = sum(g[i] for i in idx); H = sum(h[i] for i in idx)
    base = G * G / (H + lam); best = (1e-12, None)
    for j, col in enumerate(B):
        nb = len(cuts[j]) + 1
        if nb < 2:
            continue
        Gb = [0.0] * nb; Hb = [0.0] * nb
        for i in idx:
            b = col[i]; Gb[b] += g[i]; Hb[b] += h[i]
        gl = hl = 0.0
        for b in range(nb - 1):
            gl += Gb[b]; hl += Hb[b]
            if hl < min_h:
                continue
            hr = H - hl
            if hr < min_h:
                break
            gain = gl * gl / (hl + lam) + (G - gl) ** 2 / (hr + lam) - base
            if gain > best[0]:
                best = (gain, (j, b))
    return best[1], G, H


def grow(idx, depth, B, cuts, g, h, p):
    """A tree as nested lists: [feature, threshold, left, right] (x < threshold goes left) or a leaf value."""
    split, G, H = best_split(idx, B, cuts, g, h, p["lam"], p["min_h"]) if depth > 0 else (None, sum(g[i] for i in idx), sum(h[i] for i in idx))
    if split is None:
        return -p["eta"] * G / (H + p["lam"])
    j, b = split
    left = [i for i in idx if B[j][i] <= b]; right = [i for i in idx if B[j][i] > b]
    return [j, cuts[j][b], grow(left, depth - 1, B, cuts, g, h, p), grow(right, depth - 1, B, cuts, g, h, p)]


def tree_value(t, x):
    while isinstance(t, list):
        t = t[2] if x[t[0]] < t[1] else t[3]
    return t


def boost(X, y, w, p, checkpoints=None):
    """The bias and trees; with checkpoints, the number of trees to read at each (the model is their prefix)."""
    cuts = cuts_of(X, p["bins"])
    B = [[bisect.bisect_right(cuts[j], x[j]) for x in X] for j in range(len(X[0]))]
    ybar = sum(wi * yi for wi, yi in zip(w, y)) / sum(w)
    bias = math.log(ybar / (1 - ybar)); F = [bias] * len(X); trees = []
    idx = list(range(len(X)))
    for _ in range(p["rounds"]):
        pr = [sig(f) for f in F]
        g = [wi * (pi - yi) for wi, pi, yi in zip(w, pr, y)]
        h = [wi * pi * (1 - pi) for wi, pi in zip(w, pr)]
        t = grow(idx, p["depth"], B, cuts, g, h, p)
        trees.append(t)
        F = [f + tree_value(t, x) for f, x in zip(F, X)]
    return bias, trees


def boost_score(model, x, n=None):
    bias, trees = model
    return bias + sum(tree_value(t, x) for t in (trees if n is None else trees[:n]))


# ---- (b) the logistic with hinges or products ----

def hinge_basis(cols):
    return lambda train_X: hinges(train_X, cols)


def hinges(train_X, cols):
    knots = []
    for j in cols:
        s = sorted(x[j] for x in train_X)
        ks = sorted(set(s[int(len(s) * q)] for q in (1 / 3, 2 / 3)))
        knots.append((j, [k for k in ks if k < s[-1]]))
    return lambda x: [x[j] for j, _ in knots] + [max(0.0, x[j] - k) for j, ks in knots for k in ks]


def product_basis(cols, strong):
    pairs = [(a, b) for i, a in enumerate(strong) for b in strong[i + 1:]]
    return lambda train_X: (lambda x: [x[j] for j in cols] + [x[a] * x[b] for a, b in pairs])


def linear_basis(cols):
    return lambda train_X: (lambda x: [x[j] for j in cols])


def logistic(make_basis, l2):
    """make_basis(training features) gives the basis: knots come from the training rows only."""
    def run(tr, te, label):
        basis = make_basis([r["x"] for r in tr])
        Xtr, Xte = standardise([basis(r["x"]) for r in tr], [basis(r["x"]) for r in te])
        beta = fit(Xtr, [1.0 if r[label] else 0.0 for r in tr], weights(tr), l2=l2)
        return [sig(beta[0] + sum(b * v for b, v in zip(beta[1:], x))) for x in Xte]
    return run


def boosted(cols, p):
    def run(tr, te, label):
        m = boost([[r["x"][c] for c in cols] for r in tr], [1.0 if r[label] else 0.0 for r in tr], weights(tr), p)
        return [sig(boost_score(m, [r["x"][c] for c in cols])) for r in te]
    return run


def nested_boosted(cols, grid, label_rounds):
    """Rounds and depth picked inside each training fold by leave one library out there (hand-off at 5% refused)."""
    def run(tr, te, label):
        libs = sorted(set(r["lib"] for r in tr)); best = None
        for depth, rounds in grid:
            p = dict(BOOST, depth=depth, rounds=max(label_rounds))
            inner = {n: [] for n in label_rounds}
            for l in libs:
                itr = [r for r in tr if r["lib"] != l]; ite = [r for r in tr if r["lib"] == l]
                m = boost([[r["x"][c] for c in cols] for r in itr], [1.0 if r[label] else 0.0 for r in itr], weights(itr), p)
                for n in label_rounds:
                    inner[n] += [(r, sig(boost_score(m, [r["x"][c] for c in cols], n))) for r in ite]
            for n in label_rounds:
                h = at5(inner[n], libs)[1]
                if best is None or h > best[0]:
                    best = (h, depth, n)
        print(f"    nested pick without {te[0]['lib']}: depth {best[1]}, {best[2]} rounds (inner hand-off {100 * best[0]:.1f}%)", flush=True)
        return boosted(cols, dict(BOOST, depth=best[1], rounds=best[2]))(tr, te, label)
    return run


def grid(rows, libs, cols, label, tag=""):
    """Sensitivity, not a selection: every depth and number of rounds read off the outer folds themselves."""
    for depth in (1, 2, 3):
        outs = defaultdict(list)
        for l in libs:
            tr = [r for r in rows if r["lib"] != l]; te = [r for r in rows if r["lib"] == l]
            m = boost([[r["x"][c] for c in cols] for r in tr], [1.0 if r[label] else 0.0 for r in tr], weights(tr), dict(BOOST, depth=depth, rounds=300))
            for n in (25, 50, 100, 200, 300):
                outs[n] += [(r, sig(boost_score(m, [r["x"][c] for c in cols], n))) for r in te]
        for n, out in outs.items():
            t, h, per, a = at5(out, libs)
            print(f"  grid{tag}: depth {depth}, {n:3d} rounds  AUC {a:.3f} handed off {100 * h:.1f}%", flush=True)


def lolo_any(rows, libs, run, label):
    out = []
    for l in libs:
        tr = [r for r in rows if r["lib"] != l]; te = [r for r in rows if r["lib"] == l]
        out += list(zip(te, run(tr, te, label)))
    return out


def main():
    args = sys.argv[1:]
    label = "ans" if "ans" in args else "top3"
    rows = read([a for a in args if a.endswith(".jsonl")])
    libs = sorted(set(r["lib"] for r in rows))
    print("cases", len(rows), "answerable", sum(r["ans"] for r in rows), "unanswerable", sum(not r["ans"] for r in rows))
    print("label", label, "; boosting", BOOST, "; spline/product L2", SPLINE_L2)
    print("per library refused / handed off (%):", " ".join(libs))
    base = list(range(len(EXIST))); ext = base + [len(EXIST) + i for i in range(len(TOP))]
    strong = [0, 2, 6, 7, 11, 14]  # coverage, policy coverage, semantic, section semantic, semantic lift, log question words
    variants = [
        ("logistic, the 15 features", logistic(linear_basis(base), 1e-3)),
        ("boosted stumps, 300 rounds", boosted(base, dict(BOOST, depth=1, rounds=300))),
        ("boosted depth 2, 150 rounds", boosted(base, BOOST)),
        ("logistic + tertile hinges", logistic(hinge_basis(base), SPLINE_L2)),
        ("logistic + products of six", logistic(product_basis(base, strong), SPLINE_L2)),
        ("logistic, 15 + best hits", logistic(linear_basis(ext), 1e-3)),
        ("boosted depth 2, 15 + best hits", boosted(ext, BOOST)),
    ]
    if "--nested" in args:
        variants.append(("boosted, nested pick", nested_boosted(base, [(1, 300), (2, 300)], [50, 100, 150, 200, 300])))
    if "--grid" in args:
        grid(rows, libs, base, label)
        grid(rows, libs, ext, label, " + best hits")
    only = next((a.split("=", 1)[1] for a in args if a.startswith("--only=")), None)
    base_out = None
    for name, run in variants:
        if only and base_out is not None and only not in name:
            continue
        out = lolo_any(rows, libs, run, label)
        t, h, per, a = at5(out, libs)
        if base_out is None:
            base_out = out
        lo, hi = boot(base_out, out) if out is not base_out else (0, 0)
        print(f"  {name:34s} AUC {a:.3f} thr {t:.3f} handed off {100 * h:.1f}% (diff 95% {100 * lo:+.1f}..{100 * hi:+.1f})  "
              + "  ".join(f"{100 * r:.0f}/{100 * u:.0f}" for r, u in per), flush=True)


if __name__ == "__main__":
    main()
