package org.sepgraph.queries.binding;

/**
 * Two pools ({@code a} &lt; {@code b} by id) that both hold patents of E on the date (royalty stacking):
 * {@code shared} counts the members of E both hold in the unit (family rule: a family only when each pool holds
 * every one of its patents in E); {@code sharedPatents} counts the patents of E both hold.
 */
public record Overlap(String a, String b, long shared, long sharedPatents) {}
