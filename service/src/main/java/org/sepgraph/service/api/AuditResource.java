package org.sepgraph.service.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.changes.ChangeEntry;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.service.access.Roles;

/**
 * The audit trail (admin): every write, who made it (the key's id) and through what (the API, an import), when,
 * and what it changed — the change log's entries, the same that keep every instance's answers current.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when: every write, oldest first")
public class AuditResource {
    @Inject
    GraphStore store;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every write since a version or a time, filtered by collection and id, paged",
            description = "Each entry: version, at, origin {key, source}, changes [{collection, action, id | from, to, "
                    + "key}] (only those matching kind and id). A reset entry stands for a store emptied or built "
                    + "offline.")
    public Page<ChangeEntry> audit(
            @Parameter(description = "a version (entries after it) or a date/time (entries from it)",
                    example = "2026-12-01") @QueryParam("since") String since,
            @Parameter(description = "a collection, as the bundle names it", example = "organizations")
            @QueryParam("kind") String kind,
            @Parameter(description = "an id: a node's, or either end of a relationship", example = "acme")
            @QueryParam("id") String id,
            @BeanParam PageParam page) {
        long after = 0;
        OffsetDateTime from = null;
        if (since != null && !since.isBlank()) {
            String s = since.strip();
            if (s.chars().allMatch(Character::isDigit)) {
                after = Long.parseLong(s);
            } else {
                from = time(s);
            }
        }
        return new ChangeLog(store).audit(after, from, blank(kind), blank(id), page.value());
    }

    private static OffsetDateTime time(String s) {
        try {
            return s.length() == 10 ? java.time.LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidField("since", "since must be a version number, a date YYYY-MM-DD or a date-time "
                    + "with its offset; got '" + s + "'");
        }
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
