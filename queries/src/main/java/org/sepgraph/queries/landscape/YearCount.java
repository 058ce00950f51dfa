package org.sepgraph.queries.landscape;

/**
 * Members of E whose expiry falls in {@code year}. A family's expiry is the latest expiry of its patents in E (the
 * day it leaves E if nothing else changes), and unknown when one of them has no expiry date.
 */
public record YearCount(int year, long count) {}
