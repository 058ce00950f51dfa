package org.sepgraph.queries.money;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sepgraph.graph.model.Check;

/**
 * A member of the essential set E, as the plans need it on {@code asOf}: its {@code jurisdiction}, the
 * {@code pools} holding it that day (any pool; only candidates count), whether the licensee already
 * {@code reached} it (owned by its group or licensed to it: it costs nothing and counts as covered), its
 * {@code owners} (organisation ids; a co-owned patent has several) and its {@code expires} date (null: unknown,
 * counted in {@code unknownExpiry}).
 */
public record EssentialPatent(String id, String jurisdiction, Set<String> pools, boolean reached,
                              List<String> owners, LocalDate expires) {
    public EssentialPatent {
        id = Check.id("id", id);
        jurisdiction = Check.required("jurisdiction", Check.countryCode("jurisdiction", jurisdiction));
        pools = pools == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(pools));
        owners = Check.ids("owners", owners);
    }
}
