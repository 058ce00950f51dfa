package org.sepgraph.graph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A patent or application, identified by its normalised publication number.
 * {@code aliases} are its other publication numbers (an ETSI row lists several); they find it too.
 */
public record Patent(String id, String jurisdiction, PatentType type, String title, LocalDate filed,
                     LocalDate granted, LocalDate expires, PatentStatus status, String family,
                     List<String> aliases) {
    private static final Pattern LEADING_CODE = Pattern.compile("^([A-Z]{2})");

    public Patent {
        id = normalise("id", id);
        jurisdiction = jurisdiction == null ? jurisdictionOf(id) : Check.countryCode("jurisdiction", jurisdiction);
        type = type == null ? PatentType.INVENTION : type;
        title = Check.optionalText(title);
        status = status == null ? PatentStatus.GRANTED : status;
        family = family == null ? null : Check.id("family", family);
        Check.range("expires", filed, expires);
        Check.range("granted", filed, granted);
        String self = id;
        aliases = aliases == null ? List.of()
                : aliases.stream().map(a -> normalise("aliases", a)).filter(a -> !a.equals(self)).distinct().sorted()
                        .toList();
    }

    /** Upper case, without spaces, commas or dots: {@code ep 3,456,789 b1} becomes {@code EP3456789B1}. */
    public static String normalise(String field, String number) {
        String n = dropSeparators(Check.id(field, number).toUpperCase(Locale.ROOT));
        if (n.isEmpty()) {
            throw new InvalidField(field, field + " is required");
        }
        return n;
    }

    /**
     * {@code number} without whitespace ({@code \\s}: space, tab, line breaks, form feed), commas and dots; the same
     * string when it has none (every number of an import passes here, so no regex is compiled per call).
     */
    private static String dropSeparators(String number) {
        StringBuilder kept = null;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            boolean separator = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ',' || c == '.';
            if (separator && kept == null) {
                kept = new StringBuilder(number.length()).append(number, 0, i);
            } else if (!separator && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? number : kept.toString();
    }

    /** The country code a normalised number starts with ({@code DK-EP2903273} is Danish). */
    public static String jurisdictionOf(String normalised) {
        Matcher m = LEADING_CODE.matcher(normalised);
        if (!m.find() || Countries.known(m.group(1)) == null) {
            throw new InvalidField("jurisdiction", "jurisdiction is required when the number '" + normalised
                    + "' does not start with a country code");
        }
        return m.group(1);
    }

    /**
     * The European patent a national validation stands for: {@code DK-EP2903273} → {@code EP2903273};
     * null for anything else.
     */
    public static String europeanParent(String normalised) {
        Matcher m = Pattern.compile("^[A-Z]{2}-(EP\\d+[A-Z]?\\d?)$").matcher(normalised);
        return m.matches() ? m.group(1) : null;
    }
}
