package org.sepgraph.queries;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sepgraph.graph.model.Check;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.Page;

/**
 * The parameters the questions share, parsed from text and defaulted in this one place, so every caller (REST, CLI,
 * tests) rejects the same values with the same field name ({@link InvalidField} → 400).
 */
public final class Params {
    /** Reach's default chain length, in licences. */
    public static final int DEFAULT_MAX_DEPTH = 3;
    /** The longest chain any question follows. */
    public static final int MAX_DEPTH = 6;
    /** Coverage follows chains of at most this many licences (DESIGN.md: "the licence ending a chain of at most 3"). */
    public static final int COVERAGE_DEPTH = 3;

    private Params() {}

    /** The date an answer is for: {@code asOf}, or today when absent. */
    public static LocalDate orToday(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }

    /** {@code YYYY-MM-DD}; null or blank means today. Else InvalidField("asOf"). */
    public static LocalDate asOf(String value) {
        return orToday(date("asOf", value));
    }

    /** {@code YYYY-MM-DD} or null when blank. Else InvalidField(field). */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, field + " must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    /** The unit, FAMILY when absent. */
    public static Unit orFamily(Unit unit) {
        return unit == null ? Unit.FAMILY : unit;
    }

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
     * Jurisdiction codes ({@link org.sepgraph.graph.model.Countries}), any case; each value may itself be a
     * comma-separated list ({@code territory=DE,FR} or {@code territory=DE&territory=FR}). Null or empty means every
     * territory (an empty set). Else InvalidField("territory").
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
                if (!part.isBlank()) {
                    out.add(Check.countryCode("territory", part));
                }
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

    /** A required id: blank is InvalidField(field). */
    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, field + " is required");
        }
        return value.strip();
    }

    /** An optional id: blank means absent (null). */
    public static String optionalId(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number, or null when blank. Else InvalidField(name). */
    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidField(name, name + " must be a whole number; got '" + value + "'");
        }
    }

    /** true/false (also 1/0, yes/no), false when blank. Else InvalidField(name). */
    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidField(name, name + " must be true or false; got '" + value + "'");
        };
    }

    /** A page of a list: {@code page} from 0, {@code size} 1 to 1000 (default 50). */
    public static Page.Request page(String page, String size) {
        return Page.Request.of(integer("page", page), integer("size", size));
    }

    /** The page asked for, or the first page of the default size. */
    public static Page.Request orFirstPage(Page.Request page) {
        return page == null ? Page.Request.of(null, null) : page;
    }
}
