package org.sepgraph.queries.binding;

/**
 * A standard a pool binds: |E| of the standard on the date ({@code essential}, in the unit), the members the pool
 * holds ({@code covered}, family rule), {@code share} = covered / essential, and the patents of E without expiry.
 */
public record StandardShare(String standard, long essential, long covered, double share, long unknownExpiry) {}
