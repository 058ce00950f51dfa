package org.sepgraph.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;

/** The hand-computed fixture (src/test/resources/fixture.cypher, answers in fixture.md), loaded into a clean store. */
public final class Fixture {
    public static final LocalDate D1 = LocalDate.parse("2020-06-01");
    public static final LocalDate D2 = LocalDate.parse("2024-06-01");
    public static final Page.Request ALL = Page.Request.of(0, 1000);

    private Fixture() {}

    public static GraphStore load() {
        GraphStore store = TestStore.clean();
        TestStore.run(store, resource("/fixture.cypher"));
        return store;
    }

    public static String resource(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
