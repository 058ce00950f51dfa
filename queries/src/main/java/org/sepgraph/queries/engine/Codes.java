package org.sepgraph.queries.engine;

import java.util.Arrays;
import org.sepgraph.graph.model.Countries;

/** Country and jurisdiction codes as small ints: their position in the sorted list of every known code. */
public final class Codes {
    private static final String[] CODES = Countries.all().toArray(String[]::new);

    private Codes() {}

    /** The int of a code, or -1 for null or an unknown one. */
    public static int of(String code) {
        if (code == null) {
            return -1;
        }
        int i = Arrays.binarySearch(CODES, code);
        return i < 0 ? -1 : i;
    }

    public static String code(int index) {
        return index < 0 ? null : CODES[index];
    }
}
