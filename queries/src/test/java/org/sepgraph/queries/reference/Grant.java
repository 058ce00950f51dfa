package org.sepgraph.queries.reference;

import java.util.Map;

/**
 * A licence as it bears on one patent on one date: in force, and its scope (territories applied) includes the
 * patent. {@code holders} maps each organisation the licence reaches to the grantee through which it holds it
 * (itself, or a grantee of its group when the licence extends to affiliates); callers may list only the
 * organisations they care about.
 */
public record Grant(String license, Party grantor, boolean sublicensable, Map<String, String> holders) {
    public Grant {
        holders = Map.copyOf(holders);
    }
}
