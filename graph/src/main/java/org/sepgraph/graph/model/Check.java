package org.sepgraph.graph.model;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The checks that record constructors share; each failure names the field. */
public final class Check {
    private static final int MAX_ID = 200;

    private Check() {}

    public static String id(String field, String value) {
        String v = text(field, value);
        if (v.length() > MAX_ID) {
            throw new InvalidField(field, field + " must be at most " + MAX_ID + " characters");
        }
        return v;
    }

    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, field + " is required");
        }
        return value.strip();
    }

    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidField(field, field + " is required");
        }
        return value;
    }

    /** A jurisdiction or country ({@link Countries}): upper-cased; null stays null. */
    public static String countryCode(String field, String value) {
        if (value == null) {
            return null;
        }
        String code = Countries.known(value);
        if (code == null) {
            throw new InvalidField(field, field + " must be an ISO 3166 country code or a regional patent office ("
                    + String.join(", ", new TreeSet<>(Countries.REGIONAL)) + "), got '" + value + "'");
        }
        return code;
    }

    /** A list of ids without blanks or repeats, sorted so equal lists compare equal; null means empty. */
    public static List<String> ids(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(id(field + "[" + i + "]", values.get(i)));
        }
        return List.copyOf(out);
    }

    public static List<String> countryCodes(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(countryCode(field + "[" + i + "]", required(field + "[" + i + "]", values.get(i))));
        }
        return List.copyOf(out);
    }

    public static void range(String field, java.time.LocalDate start, java.time.LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidField(field, field + " (" + end + ") is before the start of the range (" + start + ")");
        }
    }
}
