package org.sepgraph.service.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.sepgraph.imports.run.ImportReport;

/**
 * An RFC 9457 problem: what went wrong, in words a client can act on, and the field to fix.
 * Never carries a stack trace or a class name.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String field,
                      List<ImportReport.Issue> errors, Map<String, Long> dependants, Object report) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String field) {
        return new Problem("about:blank", title, status, detail, field, null, null, null);
    }
}
