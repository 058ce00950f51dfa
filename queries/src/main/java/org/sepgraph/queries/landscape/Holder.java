package org.sepgraph.queries.landscape;

import java.util.List;

/**
 * One holder of a standard's essential set on a date: an organisation that owns a patent of E. {@code count}: the
 * members of E (in the unit) in which it owns a patent — a co-owned member counts in full for each co-owner, so
 * the shares of all holders may add up to more than 1; {@code share} = count / essential. {@code pools}: the pools
 * holding, on the date, any of the patents of E it owns; {@code alliances}: the alliances of which it or an
 * organisation of its corporate group is a member on the date; {@code exposed}: its members in which it owns a
 * patent of E that no pool holds on the date.
 */
public record Holder(String organization, long count, double share, List<String> pools, List<String> alliances,
                     long exposed) {
    public Holder {
        pools = List.copyOf(pools);
        alliances = List.copyOf(alliances);
    }
}
