package org.sepgraph.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.imports.run.ImportReport;

/**
 * Past imports, one bookkeeping node each: what came in (format, file name, SHA-256 digest), when, by which key,
 * how it ended (IMPORTED, REFUSED or FAILED), the version it created, and its report. The writes an import makes
 * name it as their source ({@code import:<id>}), in the change log and on every node and relationship it set.
 */
public final class ImportLog {
    /** How an import ended. */
    public enum Status { IMPORTED, REFUSED, FAILED }

    /** One past import. */
    public record Entry(String id, String format, String file, String digest, OffsetDateTime at, String key,
                        Status status, long version, String failure, ImportReport report) {}

    static final String RECORD = """
            CREATE (i:Import:Meta {id: $id, format: $format, digest: $digest, at: datetime(), status: $status,
                                   version: $version, report: $report})
            SET i.file = $file, i.key = $key, i.failure = $failure
            """;
    static final String LIST = """
            MATCH (i:Import)
            WITH i ORDER BY i.at DESC, i.id DESC SKIP $skip LIMIT $limit
            RETURN i {.*} AS entry
            """;
    static final String COUNT = "MATCH (i:Import) RETURN count(i) AS n";
    static final String ONE = "MATCH (i:Import {id: $id}) RETURN i {.*} AS entry";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final GraphStore store;

    public ImportLog(GraphStore store) {
        this.store = store;
    }

    /** Records how an import ended (its own small write, after the import's). */
    public void record(String id, String format, String file, String digest, String key, Status status,
                       ImportReport report, String failure) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("format", format);
        p.put("file", file);
        p.put("digest", digest);
        p.put("key", key);
        p.put("status", status.name());
        p.put("version", report == null ? 0 : report.version());
        p.put("report", report == null ? null : json(report));
        p.put("failure", failure);
        store.write(tx -> tx.run(RECORD, p).consume());
    }

    /** The past imports, newest first. */
    public Page<Entry> list(Page.Request page) {
        return store.read(tx -> {
            long total = tx.run(COUNT).single().get("n").asLong();
            List<Entry> items = tx.run(LIST, Map.of("skip", page.skip(), "limit", page.size()))
                    .list(r -> entry(r.get("entry")));
            return new Page<>(items, total, page.page(), page.size());
        });
    }

    public Optional<Entry> get(String id) {
        return store.read(tx -> tx.run(ONE, Map.of("id", id)).list().stream().findFirst()
                .map(r -> entry(r.get("entry"))));
    }

    private static String json(ImportReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entry entry(Value v) {
        ImportReport report = null;
        String json = v.get("report").asString(null);
        if (json != null) {
            try {
                report = JSON.readValue(json, ImportReport.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("import " + v.get("id").asString() + ": unreadable report", e);
            }
        }
        return new Entry(v.get("id").asString(), v.get("format").asString(), v.get("file").asString(null),
                v.get("digest").asString(null), v.get("at").asOffsetDateTime(null), v.get("key").asString(null),
                Status.valueOf(v.get("status").asString()), v.get("version").asLong(0), v.get("failure").asString(null),
                report);
    }
}
