package org.sepgraph.queries;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sepgraph.graph.model.InvalidField;

/**
 * Parsing and checking of the parameters the questions share, so every caller (REST, CLI, tests) rejects the
 * same values with the same field name ({@link InvalidField} → 400).
 */
public final class Params {
    /** Reach's default chain length, in licences. */
    public static final int DEFAULT_MAX_DEPTH = 3;
    /** The longest chain any question follows. */
    public static final int MAX_DEPTH = 6;
    /** Coverage follows chains of at most this many licences (DESIGN.md: "the licence ending a chain of at most 3"). */
    public static final int COVERAGE_DEPTH = 3;

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

    private Params() {}

    /** {@code FAMILY} or {@code PATENT}, any case; null or blank means FAMILY. Else InvalidField("unit"). */
    public static Unit unit(String value) {
        if (value == null || value.isBlank()) {
            return Unit.FAMILY;
        }
        try {
            return Unit.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField("unit", "unit must be FAMILY or PATENT, got '" + value + "'");
        }
    }

    /**
     * Two-letter jurisdiction codes, any case; each value may itself be a comma-separated list
     * ({@code territory=DE,FR} or {@code territory=DE&territory=FR}). Null or empty means every territory
     * (an empty set). Else InvalidField("territory").
     */
    public static Set<String> territories(Collection<String> values) {
        Set<String> out = new TreeSet<>();
        if (values == null) {
            return Set.of();
        }
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                String code = part.strip().toUpperCase(Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (!CODE.matcher(code).matches()) {
                    throw new InvalidField("territory", "territory must be a two-letter code, got '" + part.strip() + "'");
                }
                out.add(code);
            }
        }
        return Set.copyOf(out);
    }

    /** Null means {@value #DEFAULT_MAX_DEPTH}; otherwise 0 (owned only) to {@value #MAX_DEPTH}. Else InvalidField("maxDepth"). */
    public static int maxDepth(Integer value) {
        if (value == null) {
            return DEFAULT_MAX_DEPTH;
        }
        if (value < 0 || value > MAX_DEPTH) {
            throw new InvalidField("maxDepth", "maxDepth must be between 0 and " + MAX_DEPTH + ", got " + value);
        }
        return value;
    }

    /** {@code YYYY-MM-DD}; null or blank means today. Else InvalidField("asOf"). */
    public static LocalDate asOf(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField("asOf", "asOf must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    /** A required id (path parameter): blank is InvalidField(field). */
    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, field + " is required");
        }
        return value.strip();
    }
}
