"""Shared by the offline measuring scripts (token-alignment.py, second-model.py): a logistic confidence on each
question's best hit fitted leave one library out, its pooled at-most-5%-refused point and a paired bootstrap of
the unanswerable questions handed off there. Rows are dicts with "lib", "ans" (answerable), the label and "x".
Pure Python: no numpy here."""
import math, random
from collections import defaultdict

def sig(z): return 1/(1+math.exp(-max(-30,min(30,z))))

def auc(pos, neg):
    # Mann-Whitney by sorting: ties count a half
    allv = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    rank, i, s = 0.0, 0, 0.0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]: j += 1
        r = (i + j + 1) / 2  # mean 1-based rank of the tie
        s += r * sum(1 for k in range(i, j) if allv[k][1] == 1)
        i = j
    n1, n0 = len(pos), len(neg)
    return (s - n1*(n1+1)/2) / (n1*n0)

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

def lolo(rows, libs, cols, label="top3"):
    """Each library's questions scored by a model fitted on the others (libraries weighing the same in the fit)."""
    out = []
    for l in libs:
        tr = [r for r in rows if r["lib"] != l]; te = [r for r in rows if r["lib"] == l]
        Xtr, Xte = standardise([[r["x"][c] for c in cols] for r in tr], [[r["x"][c] for c in cols] for r in te])
        n = defaultdict(int)
        for r in tr: n[r["lib"]] += 1
        beta = fit(Xtr, [1.0 if r[label] else 0.0 for r in tr], [1.0/n[r["lib"]] for r in tr])
        for r, x in zip(te, Xte):
            out.append((r, sig(beta[0] + sum(b*v for b, v in zip(beta[1:], x)))))
    return out

def at5(out, libs):
    """The pooled at-most-5%-refused threshold, the share of unanswerable questions below it, per library
    (refused, handed off), and the AUC."""
    ans = sorted(p for r, p in out if r["ans"]); k = int(math.floor(0.05*len(ans)))
    t = ans[k]  # refuse below t: k answerable refused (<= 5%)
    hand = sum(1 for r, p in out if not r["ans"] and p < t); nun = sum(1 for r, p in out if not r["ans"])
    per = []
    for l in libs:
        a = [p for r, p in out if r["lib"]==l and r["ans"]]; u = [p for r, p in out if r["lib"]==l and not r["ans"]]
        per.append((sum(p < t for p in a)/len(a), sum(p < t for p in u)/len(u)))
    auc_ = auc([p for r, p in out if r["ans"]], [p for r, p in out if not r["ans"]])
    return t, hand/nun, per, auc_

def boot(o1, o2, n=300):
    """Paired bootstrap over questions of the difference in handed off at 5% refused: its 95% interval."""
    random.seed(1); d = []
    for _ in range(n):
        idx = [random.randrange(len(o1)) for _ in o1]
        def h(o):
            s = [o[i] for i in idx]; ans = sorted(p for r, p in s if r["ans"]); t = ans[int(0.05*len(ans))]
            u = [p for r, p in s if not r["ans"]]; return sum(p < t for p in u)/len(u)
        d.append(h(o2) - h(o1))
    d.sort(); return d[int(0.025*n)], d[int(0.975*n)]

def compare(rows, libs, variants, label, width=40):
    """Each variant's leave-one-library-out confidence at the pooled 5%-refused point, the first the baseline."""
    base_out = None
    for name, cols in variants:
        out = lolo(rows, libs, cols, label)
        t, h, per, a = at5(out, libs)
        if base_out is None: base_out = out
        lo, hi = boot(base_out, out) if out is not base_out else (0, 0)
        print(f"  {name:{width}s} AUC {a:.3f} thr {t:.3f} handed off {100*h:.1f}% (diff 95% {100*lo:+.1f}..{100*hi:+.1f})  " + "  ".join(f"{100*r:.0f}/{100*u:.0f}" for r, u in per), flush=True)
