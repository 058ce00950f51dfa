package org.sepgraph.queries.coverage;

/** An owner of uncovered members of the essential set, with how many (a co-owned one counts for each owner). */
public record Holdout(String holder, long count) {}
