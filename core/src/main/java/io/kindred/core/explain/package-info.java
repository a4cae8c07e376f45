/** Explanations: which shared terms make two articles similar, and how much each adds to the cosine. */
package io.kindred.core.explain;
