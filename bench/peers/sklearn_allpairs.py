#!/usr/bin/python3
"""kindred bench peer: exact all-pairs TF-IDF cosine top-k with scikit-learn (written for kindred's bench).

    /usr/bin/python3 bench/peers/sklearn_allpairs.py --input articles.jsonl[.gz] --output lists.jsonl
        [--k 10] [--threads 1] [--block-cells 2.5e7]

Text = title + "\\n" + body (missing -> ""). TfidfVectorizer() with every default (float64, l2 rows).
Similarity: for each block of rows, S = X[block] @ X.T (scipy CSR), densified; self set to -inf;
top-k by (score desc, row asc), only score > 0. With --threads N > 1 the blocks are handed to N Python
threads (the sparse product and numpy selection run in C; how much they overlap depends on the GIL).
Writes {"id": ..., "similar": [{"id": ..., "score": round(s, 9)}, ...]} per line and prints one line
"TIMING {json}" on stderr: wall seconds per phase (read, fit, search, write), peak RSS (MiB).
"""
import argparse
import gzip
import json
import resource
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


def read_articles(path):
    opener = gzip.open if path.endswith(".gz") else open
    ids, texts = [], []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                ids.append(o["id"])
                texts.append((o.get("title") or "") + "\n" + (o.get("body") or ""))
    return ids, texts


def block_topk(X, XT, lo, hi, k):
    """Exact top-k of rows lo..hi: list of (cols, scores)."""
    D = (X[lo:hi] @ XT).toarray()
    rows = np.arange(hi - lo)
    D[rows, lo + rows] = -np.inf
    n = D.shape[1]
    kk = min(k, n - 1)
    out = []
    if kk <= 0:
        return [(np.empty(0, np.int64), np.empty(0))] * (hi - lo)
    part = np.argpartition(-D, kk - 1, axis=1)[:, :kk]
    kth = np.take_along_axis(D, part, axis=1).min(axis=1)
    for r in range(hi - lo):
        # every column at least as good as the k-th value: ties at the cut are resolved by column order
        cand = np.flatnonzero(D[r] >= kth[r])
        vals = D[r, cand]
        order = np.lexsort((cand, -vals))[:kk]
        c, v = cand[order], vals[order]
        keep = v > 0
        out.append((c[keep], v[keep]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True)
    ap.add_argument("--output", required=True)
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--block-cells", type=float, default=2.5e7)
    a = ap.parse_args()
    phases = {}

    t = time.perf_counter()
    ids, texts = read_articles(a.input)
    phases["read"] = time.perf_counter() - t

    t = time.perf_counter()
    X = TfidfVectorizer().fit_transform(texts).tocsr()
    phases["fit"] = time.perf_counter() - t

    t = time.perf_counter()
    n = X.shape[0]
    XT = X.T.tocsr()
    rows = max(1, min(n, int(a.block_cells // max(n, 1))))
    blocks = [(lo, min(n, lo + rows)) for lo in range(0, n, rows)]
    if a.threads > 1:
        with ThreadPoolExecutor(max_workers=a.threads) as ex:
            parts = list(ex.map(lambda b: block_topk(X, XT, b[0], b[1], a.k), blocks))
    else:
        parts = [block_topk(X, XT, lo, hi, a.k) for lo, hi in blocks]
    res = [r for p in parts for r in p]
    phases["search"] = time.perf_counter() - t

    t = time.perf_counter()
    with open(a.output, "w", encoding="utf-8") as f:
        for i, (c, v) in enumerate(res):
            sim = [{"id": ids[j], "score": round(float(s), 9)} for j, s in zip(c.tolist(), v.tolist())]
            f.write(json.dumps({"id": ids[i], "similar": sim}, ensure_ascii=False) + "\n")
    phases["write"] = time.perf_counter() - t

    info = {"tool": "sklearn", "threads": a.threads, "n_docs": n, "vocabulary": int(X.shape[1]),
            "nnz": int(X.nnz), "phases": phases, "total_s": sum(phases.values()),
            "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}
    print("TIMING " + json.dumps(info), file=sys.stderr)


if __name__ == "__main__":
    main()
