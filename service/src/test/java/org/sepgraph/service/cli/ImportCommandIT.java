package org.sepgraph.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged service's {@code import} command as a person runs it: {@code --initial-load} builds an empty store
 * offline, and a transactional import of the same bundle into that store then finds every node already there. (A
 * command must not open the store at start: the offline load starts Neo4j on the directory itself.)
 */
class ImportCommandIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path DEMO = Path.of("src/main/resources/demo/avc-alliance.json");

    @Test
    void anInitialLoadBuildsTheStoreThatAnImportThenFindsComplete() throws Exception {
        Path dataDir = Files.createTempDirectory("sepgraph-import-command-");
        try {
            Run initial = run(dataDir, "import", "--initial-load", "bundle", DEMO.toAbsolutePath().toString());
            assertEquals(0, initial.exit(), initial.output());
            Run again = run(dataDir, "import", "bundle", DEMO.toAbsolutePath().toString());
            assertEquals(0, again.exit(), again.output());
            JsonNode report = JSON.readTree(again.stdout());
            assertEquals(0, report.at("/nodes/created").asInt(), again.stdout());
            assertEquals(nodesIn(JSON.readTree(DEMO.toFile())), report.at("/nodes/unchanged").asInt(), again.stdout());
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The nodes a bundle states: every element of its node arrays, counted from the file. */
    static int nodesIn(JsonNode bundle) {
        int n = 0;
        for (String kind : List.of("organizations", "alliances", "families", "patents", "standards", "pools",
                "clusters", "licenses")) {
            n += bundle.path(kind).size();
        }
        return n;
    }

    record Run(int exit, String stdout, String output) {}

    static Run run(Path dataDir, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("sepgraph.jar", "target/quarkus-app/quarkus-run.jar"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String open : System.getProperty("sepgraph.add-opens", "").trim().split("\\s+")) {
            if (!open.isEmpty()) {
                command.add(open);
            }
        }
        command.add("-Xmx1g");
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("import-command-", ".out");
        Path err = Files.createTempFile("import-command-", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("SEPGRAPH_DATA_DIR", dataDir.toString());
            pb.environment().put("SEPGRAPH_NEO4J_PAGE_CACHE_MIB", "64");
            pb.environment().remove("SEPGRAPH_NEO4J_URI");
            Process p = pb.start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("the import command did not end within 180 s: " + Files.readString(err));
            }
            String stdout = Files.readString(out);
            return new Run(p.exitValue(), stdout, stdout + "\n--- stderr ---\n" + Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
