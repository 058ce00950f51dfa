package org.sepgraph.queries.engine;

import java.time.LocalDate;

/** Dates as epoch days in an int; {@link #NONE} for a date that is not known (an open end of a range). */
public final class Days {
    public static final int NONE = Integer.MIN_VALUE;

    private Days() {}

    public static int of(LocalDate date) {
        return date == null ? NONE : (int) date.toEpochDay();
    }

    public static LocalDate date(int day) {
        return day == NONE ? null : LocalDate.ofEpochDay(day);
    }

    /** True when {@code day} lies in [start, end], both inclusive, a NONE end open (DESIGN.md "Dates"). */
    public static boolean within(int day, int start, int end) {
        return (start == NONE || start <= day) && (end == NONE || day <= end);
    }
}
