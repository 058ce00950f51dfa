package org.sepgraph.imports.run;

import java.util.ArrayList;
import java.util.List;
import org.sepgraph.imports.run.ImportReport.Issue;

/** Collects the warnings and errors of one import, keeping the first {@code max} of each and counting the rest. */
public final class Issues {
    private final int max;
    private final List<Issue> warnings = new ArrayList<>();
    private final List<Issue> errors = new ArrayList<>();
    private long moreWarnings;
    private long moreErrors;

    public Issues(int max) {
        this.max = max;
    }

    public void warn(long line, String field, String message) {
        if (warnings.size() < max) {
            warnings.add(new Issue(line, field, message));
        } else {
            moreWarnings++;
        }
    }

    public void error(long line, String field, String message) {
        if (errors.size() < max) {
            errors.add(new Issue(line, field, message));
        } else {
            moreErrors++;
        }
    }

    /** Errors so far, listed or not. */
    public long errorCount() {
        return errors.size() + moreErrors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Issue> warnings() {
        return List.copyOf(warnings);
    }

    public List<Issue> errors() {
        return List.copyOf(errors);
    }

    public long moreWarnings() {
        return moreWarnings;
    }

    public long moreErrors() {
        return moreErrors;
    }
}
