package org.sepgraph.queries.money;

/** How the plans were found: every subset of the candidates (EXACT), or the stated greedy heuristic (GREEDY). */
public enum Search {
    EXACT,
    GREEDY
}
