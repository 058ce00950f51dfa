package org.sepgraph.service.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.StoreSettings;
import org.sepgraph.imports.ImportFormat;
import org.sepgraph.imports.ImportOptions;
import org.sepgraph.imports.ImportRefused;
import org.sepgraph.imports.ImportReport;
import org.sepgraph.imports.InitialLoad;
import org.sepgraph.imports.ProgressListener;

/**
 * {@code bin/sepgraph-import [--initial-load] FORMAT FILE [--name=value ...]}: imports a file straight into the store
 * the service would use (SEPGRAPH_NEO4J_URI, else the embedded store in SEPGRAPH_DATA_DIR, which must not be open in
 * a running service). With {@code --initial-load} the embedded store must be empty and is built offline by Neo4j's
 * import tool ({@link InitialLoad}): the same validation, faster for a first big file (3.9× at the large bench
 * tier). Progress goes to stderr, the report (JSON) to stdout. Exit 0 when imported, 2 when refused, 1 on a usage
 * error or a store that cannot take an initial load.
 */
public final class ImportCommand {
    private ImportCommand() {}

    public static void main(String[] arguments) throws Exception {
        boolean initial = arguments.length > 0 && arguments[0].equals("--initial-load");
        String[] args = initial ? java.util.Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
        if (args.length < 2) {
            System.err.println("usage: sepgraph-import [--initial-load] FORMAT FILE [--name=value ...]   formats: "
                    + "access-advance, etsi-isld, bundle; access-advance needs --pool=ID --standard=ID; "
                    + "--initial-load builds an empty embedded store offline");
            System.exit(1);
        }
        if (initial && settings().isExternal()) {
            System.err.println("sepgraph-import: --initial-load builds the embedded store (SEPGRAPH_DATA_DIR); "
                    + "it cannot write to the server of SEPGRAPH_NEO4J_URI");
            System.exit(1);
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !a.contains("=")) {
                System.err.println("sepgraph-import: options are --name=value, got '" + a + "'");
                System.exit(1);
            }
            parameters.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        ProgressListener progress = p -> System.err.printf("%s %,d%s%n", p.phase(), p.done(),
                p.total() < 0 ? "" : " of " + p.total());
        int exit;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[1])), 1 << 16)) {
            ImportFormat format = ImportFormat.of(args[0]);
            ImportReport report;
            if (initial) {
                report = InitialLoad.run(format, settings().dataDir(), in, ImportOptions.of(parameters), progress,
                        System.err);
            } else {
                try (GraphStore store = GraphStore.open(settings())) {
                    report = format.importer(store).run(in, ImportOptions.of(parameters), progress);
                }
            }
            System.out.println(json.writeValueAsString(report));
            exit = 0;
        } catch (ImportRefused refused) {
            System.err.println("sepgraph-import: " + refused.getMessage());
            System.out.println(json.writeValueAsString(refused.report()));
            exit = 2;
        } catch (InvalidField invalid) {
            System.err.println("sepgraph-import: " + invalid.field() + ": " + invalid.getMessage());
            exit = 1;
        } catch (InitialLoad.StoreNotEmpty notEmpty) {
            System.err.println("sepgraph-import: " + notEmpty.getMessage());
            exit = 1;
        }
        System.exit(exit);
    }

    private static StoreSettings settings() {
        String uri = System.getenv("SEPGRAPH_NEO4J_URI");
        if (uri != null && !uri.isBlank()) {
            return StoreSettings.external(uri, System.getenv("SEPGRAPH_NEO4J_USER"),
                    System.getenv("SEPGRAPH_NEO4J_PASSWORD"));
        }
        String dir = System.getenv().getOrDefault("SEPGRAPH_DATA_DIR", "data");
        return StoreSettings.embedded(Path.of(dir));
    }
}
