package org.sepgraph.queries.landscape;

/**
 * Members of E with a patent of E in {@code jurisdiction}: a family counts once in each jurisdiction where it has
 * one (so the counts of all jurisdictions may add up to more than the essential families); a patent in its own.
 */
public record JurisdictionCount(String jurisdiction, long count) {}
