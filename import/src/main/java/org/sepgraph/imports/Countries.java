package org.sepgraph.imports;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The two-letter codes an import accepts as a jurisdiction: ISO 3166-1 alpha-2 and the regional patent offices. */
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

    /** The code in upper case when it is known, else null. */
    public static String known(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return KNOWN.contains(c) ? c : null;
    }
}
