#!/usr/bin/env python3
"""How the news preset's latent re-ranking parameters were chosen (docs/news-preset.md), with scikit-learn only:
the best peer configuration (English stop words, sublinear tf, min_df 2, max_df 0.5), the 50 best candidates of
each article by cosine, re-ranked by cosine + gamma * cosine in an LSA space (TruncatedSVD), with and without
Rocchio feedback first (3 rounds: top 3, 5, 7, beta 2). Prints precision@10 of category agreement.

    /usr/bin/python3 tools/lsa-experiment.py CORPUS [SHARED_DIR]     e.g. CORPUS = bbc-news
"""
import gzip
import json
import sys

import numpy as np
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

corpus = sys.argv[1]
shared = sys.argv[2] if len(sys.argv) > 2 else "../shared"
docs = [json.loads(line) for line in gzip.open(f"{shared}/corpora/{corpus}/articles.jsonl.gz", "rt")]
texts = [(d.get("title") or "") + "\n" + (d.get("body") or "") for d in docs]
labels = np.array([d["category"] for d in docs])
X = TfidfVectorizer(stop_words="english", sublinear_tf=True, max_df=0.5, min_df=2).fit_transform(texts).tocsr()
S = (X @ X.T).tocsr()
POOL = 50
pools = []
for i in range(X.shape[0]):
    row = S.getrow(i).toarray().ravel()
    row[i] = -1
    idx = np.argpartition(-row, POOL)[:POOL]
    pools.append(idx[np.argsort(-row[idx], kind="stable")])


def precision(lists):
    return np.mean([(labels[o] == labels[i]).mean() for i, o in enumerate(lists)])


def rerank(Z, gamma, feedback):
    lists = []
    for i, idx in enumerate(pools):
        P = X[idx]
        q = X[i].toarray().ravel()
        s = P @ q
        if feedback:
            for m in (3, 5, 7):
                top = np.argsort(-s, kind="stable")[:m]
                expanded = q + 2.0 * np.asarray(P[top].mean(axis=0)).ravel()
                s = P @ (expanded / np.linalg.norm(expanded))
        if gamma > 0:
            s = s + gamma * (Z[idx] @ Z[i])
        lists.append(idx[np.argsort(-s, kind="stable")][:10])
    return precision(lists)


for dims in (100, 200):
    Z = normalize(TruncatedSVD(dims, random_state=0, n_iter=5).fit_transform(X))
    for feedback in (False, True):
        for gamma in (0, 0.25, 0.5, 1.0):
            print(f"{corpus} dims {dims} {'feedback' if feedback else 'plain   '} gamma {gamma:.2f}"
                  f" P@10 {rerank(Z, gamma, feedback):.4f}", flush=True)
