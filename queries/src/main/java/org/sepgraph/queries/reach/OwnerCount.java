package org.sepgraph.queries.reach;

/** How many reached patents (or families) an owner holds; a co-owned one counts for each co-owner. */
public record OwnerCount(String owner, long count) {}
