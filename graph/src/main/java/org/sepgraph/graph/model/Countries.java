package org.sepgraph.graph.model;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one rule for country and jurisdiction codes, in payloads, query parameters and imports alike: ISO 3166-1
 * alpha-2 (as the JDK lists it) and the regional patent offices, which are jurisdictions of their own.
 */
public final class Countries {
    /** EP (EPO), WO (PCT/WIPO), EA (Eurasian), AP (ARIPO), OA (OAPI), GC (Gulf Cooperation Council). */
    public static final Set<String> REGIONAL = Set.of("EP", "WO", "EA", "AP", "OA", "GC");
    private static final Set<String> KNOWN;

    static {
        Set<String> known = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        known.addAll(REGIONAL);
        KNOWN = Set.copyOf(known);
    }

    private Countries() {}

    /** Every known code, sorted. */
    public static java.util.List<String> all() {
        return new TreeSet<>(KNOWN).stream().toList();
    }

    /** The code in upper case when it is known, else null. */
    public static String known(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return KNOWN.contains(c) ? c : null;
    }
}
