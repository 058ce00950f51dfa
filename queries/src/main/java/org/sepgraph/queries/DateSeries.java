package org.sepgraph.queries;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sepgraph.graph.model.InvalidField;

/**
 * The dates of a time series: {@code from}, then {@code from + step × i} for i = 1, 2 … up to {@code to}
 * (inclusive), at most {@value #MAX_POINTS} of them. Each date is counted from {@code from}, not from the date
 * before it, so a monthly series from 31 January keeps the last day of each month (28 February, then 31 March).
 * Checked once here: {@code from}, {@code to} and {@code step} required, {@code to} not before {@code from}, a
 * positive ISO-8601 period, at most {@value #MAX_POINTS} dates (else {@link InvalidField} naming the field → 400).
 */
public record DateSeries(LocalDate from, LocalDate to, Period step) {
    /** A series answers at most this many dates: each one is a full answer. */
    public static final int MAX_POINTS = 500;

    public DateSeries {
        if (from == null) {
            throw new InvalidField("from", "from is required: the first date of the series (YYYY-MM-DD)");
        }
        if (to == null) {
            throw new InvalidField("to", "to is required: the last date of the series (YYYY-MM-DD)");
        }
        if (step == null) {
            throw new InvalidField("step", "step is required: an ISO-8601 period such as P1M, P3M or P1Y");
        }
        if (to.isBefore(from)) {
            throw new InvalidField("to", "to (" + to + ") is before from (" + from + ")");
        }
        if (step.isZero() || step.isNegative()) {
            throw new InvalidField("step", "step must be a positive period such as P1M, P3M or P1Y; got " + step);
        }
        int n = count(from, to, step, MAX_POINTS + 1);
        if (n > MAX_POINTS) {
            throw new InvalidField("step", "from " + from + " to " + to + " by " + step + " gives more than "
                    + MAX_POINTS + " dates; choose a longer step or a shorter range");
        }
    }

    /** The series from query text: dates {@code YYYY-MM-DD}, step an ISO-8601 period ({@code P1M}, {@code P1Y}). */
    public static DateSeries parse(String from, String to, String step) {
        return new DateSeries(Params.date("from", from), Params.date("to", to), period(step));
    }

    /** An ISO-8601 period ({@code P1M}, {@code P3M}, {@code P1Y}, {@code P2W}, {@code P10D}), or null when blank. */
    public static Period period(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Period.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField("step", "step must be an ISO-8601 period such as P1M, P3M or P1Y; got '"
                    + value + "'");
        }
    }

    /** The dates, ascending: from, from + step, from + 2 × step … none after {@code to}. */
    public List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            LocalDate d = at(from, step, i);
            if (d == null || d.isAfter(to)) {
                return out;
            }
            out.add(d);
        }
    }

    private static int count(LocalDate from, LocalDate to, Period step, int limit) {
        int n = 0;
        while (n < limit) {
            LocalDate d = at(from, step, n);
            if (d == null || d.isAfter(to)) {
                break;
            }
            n++;
        }
        return n;
    }

    /** from + step × i, or null beyond the calendar's end (a date no series reaches). */
    private static LocalDate at(LocalDate from, Period step, int i) {
        try {
            return from.plus(step.multipliedBy(i));
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }
}
