package org.sepgraph.imports.run;

/**
 * The input has bad lines (or cannot be read as its format at all): nothing was written. The report lists the
 * bad lines with their numbers ({@link ImportReport#errors()}); a REST layer answers it with 422.
 */
public class ImportRefused extends RuntimeException {
    private final transient ImportReport report;

    public ImportRefused(ImportReport report) {
        super(message(report));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }

    /** The same refusal, its report known as import {@code importId}. */
    public ImportRefused withId(String importId) {
        return new ImportRefused(report.withId(importId));
    }

    private static String message(ImportReport report) {
        long count = report.errors().size() + report.moreErrors();
        String first = report.errors().isEmpty() ? "" : ": " + report.errors().get(0).describe()
                + (count > 1 ? " (and " + (count - 1) + " more)" : "");
        return "the " + report.format() + " file was refused with " + count + " bad line"
                + (count == 1 ? "" : "s") + first + "; nothing was written";
    }
}
