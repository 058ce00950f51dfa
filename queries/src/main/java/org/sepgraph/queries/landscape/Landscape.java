package org.sepgraph.queries.landscape;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sepgraph.graph.model.Page;
import org.sepgraph.queries.Unit;

/**
 * A standard as a landscape on {@code asOf} (issue 14; DESIGN.md "Landscape"): its essential set E (Coverage's,
 * in the territories) counted in {@code unit}, who holds it, where it is protected, when it expires, and how much
 * of it sits outside every pool and outside every alliance.
 * <ul>
 * <li>{@code essential}: members of E; {@code unknownExpiry}: members whose expiry is unknown (so the
 * {@code expiries} counts plus it make {@code essential}); {@code unknownExpiryPatents}: the patents of E without an
 * expiry date (the figure every other answer calls unknownExpiry; equal to it by patent).</li>
 * <li>{@code holders}: ranked by count, then id (paged).</li>
 * <li>{@code byJurisdiction}: ranked by count, then code.</li>
 * <li>{@code expiries}: every year from the year of asOf to the last year any member expires, zeros included.</li>
 * <li>{@code outsidePools}: members with a patent of E that no pool holds on asOf (a licensee cannot clear them
 * through pools alone); {@code outsideAlliances}: members with a patent of E none of whose owners' corporate groups
 * has a member of an alliance on asOf (or without any owner). Both by member id, paged, totals exact.</li>
 * </ul>
 */
public record Landscape(String standard, LocalDate asOf, Set<String> territories, Unit unit, long essential,
                        long unknownExpiry, long unknownExpiryPatents, Page<Holder> holders,
                        List<JurisdictionCount> byJurisdiction, List<YearCount> expiries,
                        Page<OutsideMember> outsidePools, Page<OutsideMember> outsideAlliances) {
    public Landscape {
        territories = Set.copyOf(territories);
        byJurisdiction = List.copyOf(byJurisdiction);
        expiries = List.copyOf(expiries);
    }
}
