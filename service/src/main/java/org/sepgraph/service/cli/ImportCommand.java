package org.sepgraph.service.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.StoreRefused;
import org.sepgraph.graph.store.StoreSettings;
import org.sepgraph.imports.ImportFormat;
import org.sepgraph.imports.Imports;
import org.sepgraph.imports.InitialLoad;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportRefused;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ImportTooLarge;
import org.sepgraph.imports.run.ProgressListener;
import org.sepgraph.service.store.StoreLifecycle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code bin/sepgraph-import [--initial-load] FORMAT FILE [--name=value ...]}: imports a file straight into the
 * store the service uses (SEPGRAPH_NEO4J_URI, else the embedded store in SEPGRAPH_DATA_DIR, which must not be open
 * in a running service). With {@code --initial-load} the embedded store must be empty and is built offline by
 * Neo4j's import tool ({@link InitialLoad}): the same validation, faster for a first big file. Progress goes to
 * stderr, the report (JSON) to stdout. Exit 0 when imported, 2 when refused, 1 on a usage error or a store that
 * cannot take an initial load, 3 when the store stopped the import (nothing of it was written).
 */
@Dependent
@Command(name = "sepgraph-import", mixinStandardHelpOptions = true,
        description = "Import a file into the store the service uses, without the service.")
public class ImportCommand implements Callable<Integer> {
    /** What the change log records of a command-line import (no key: whoever may run the command may write). */
    private static final Origin CLI = Origin.system("cli");

    private final StoreLifecycle lifecycle;
    private final Instance<GraphStore> store;
    private final ObjectMapper json;

    @Option(names = "--initial-load", description = "build an empty embedded store offline (Neo4j's import tool)")
    boolean initialLoad;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "access-advance, etsi-isld or bundle")
    String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "the file to import")
    Path file;

    /** The format's parameters, {@code --name=value}; checked against the format's own list. */
    @Unmatched
    List<String> parameters = new ArrayList<>();

    ImportCommand(StoreLifecycle lifecycle, Instance<GraphStore> store, ObjectMapper json) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.json = json;
    }

    @Override
    public Integer call() {
        ProgressListener progress = p -> System.err.printf("%s %,d%s%n", p.phase(), p.done(),
                p.total() < 0 ? "" : " of " + p.total());
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ImportFormat importFormat = ImportFormat.of(format);
            ImportOptions options = ImportOptions.of(parameters(importFormat))
                    .withTransactionSize(lifecycle.config().imports().transactionSize());
            ImportReport report;
            if (initialLoad) {
                StoreSettings settings = lifecycle.settings();
                if (settings.isExternal()) {
                    System.err.println("sepgraph-import: --initial-load builds the embedded store "
                            + "(SEPGRAPH_DATA_DIR); it cannot write to the server of SEPGRAPH_NEO4J_URI");
                    return 1;
                }
                report = InitialLoad.run(importFormat, settings, in, options, progress, System.err, CLI);
            } else {
                report = new Imports(store.get()).run(importFormat, in, options, progress, CLI);
            }
            System.out.println(pretty(report));
            return 0;
        } catch (ImportRefused refused) {
            System.err.println("sepgraph-import: " + refused.getMessage());
            System.out.println(pretty(refused.report()));
            return 2;
        } catch (InvalidField invalid) {
            System.err.println("sepgraph-import: " + invalid.field() + ": " + invalid.getMessage() + "\nformats:\n"
                    + ImportFormat.describeAll());
            return 1;
        } catch (ImportTooLarge | StoreRefused notWritten) {
            // the store stopped the import (too large for one transaction, timed out, kept conflicting): nothing of
            // the file stays; the message says what to do
            System.err.println("sepgraph-import: " + notWritten.getMessage());
            return 3;
        } catch (InitialLoad.StoreNotEmpty notEmpty) {
            System.err.println("sepgraph-import: " + notEmpty.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("sepgraph-import: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /** {@code --name=value} options, each a parameter of the format. */
    private Map<String, String> parameters(ImportFormat importFormat) {
        Map<String, String> out = new HashMap<>();
        for (String a : parameters) {
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 2 ? a.substring(2, eq) : null;
            if (name == null || importFormat.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                throw new InvalidField(a, "'" + a + "' is not a parameter of " + importFormat.id() + " (--name=value)");
            }
            out.put(name, a.substring(eq + 1));
        }
        return out;
    }

    private String pretty(ImportReport report) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
