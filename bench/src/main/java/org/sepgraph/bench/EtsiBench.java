package org.sepgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A full-size ETSI export through the command line in bounded memory (issue 12 item 4,
 * {@code bench/run.sh --etsi ROWS --out DIR}): writes a synthetic ISLD export ({@link IsldExport}), imports it with
 * {@code bin/sepgraph-import}'s command into a fresh embedded store with the heap capped ({@code --import-xmx},
 * default 4g), imports it again (ETSI publishes its export daily: the second one must find it unchanged), then
 * starts the service on the store and compares its totals with what the generator counted. Writes
 * {@code DIR/etsi.json}; exit status 1 when an import fails or a total disagrees.
 */
final class EtsiBench {
    private EtsiBench() {}

    static int run(Map<String, String> opt) throws Exception {
        Path out = Path.of(opt.getOrDefault("out", "bench/results")).toAbsolutePath();
        Files.createDirectories(out);
        long rows = Long.parseLong(opt.get("etsi"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "20250630"));
        String xmx = opt.getOrDefault("import-xmx", "4g");
        Path jar = Bench.jar(opt);
        String loadBefore = Bench.loadAverage();
        // --file FILE: where the export is written (5M rows: 1.8 GB, ~30 s) and kept; else DIR, deleted after
        Path file = opt.containsKey("file") ? Path.of(opt.get("file")).toAbsolutePath()
                : out.resolve("etsi-isld-" + rows + ".csv");
        long g0 = System.nanoTime();
        IsldExport.Expected expected = IsldExport.write(file, rows, seed);
        Bench.log("wrote %s in %.1f s (%,d bytes): %s", file, Bench.secs(g0), Files.size(file), expected);
        Path store = out.resolve("store-etsi");
        Bench.deleteTree(store);

        Map<String, Object> first = importOnce(jar, store, file, xmx, out.resolve("etsi-import-1.log"));
        Map<String, Object> second = importOnce(jar, store, file, xmx, out.resolve("etsi-import-2.log"));

        // the store's totals, through the service started on it
        Map<String, Object> totals = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        int httpPort = Bench.freePort();
        Bench.Service service = Bench.Service.start(jar, store, out.resolve("etsi-service.log"), httpPort,
                Bench.freePort(), opt.getOrDefault("service-xmx", "4g"), "512", false);
        try {
            Http http = new Http(httpPort, Bench.ADMIN_KEY);
            Map<String, Object> want = expected.json();
            for (String collection : List.of("organizations", "patents", "families", "standards", "declarations",
                    "ownerships")) {
                long total = http.json("/api/v1/" + collection + "?size=1", false).get("total").asLong();
                totals.put(collection, total);
                if (total != ((Number) want.get(collection)).longValue()) {
                    disagreements.add(collection + ": the store holds " + total + ", the file states " + want.get(collection));
                }
            }
        } finally {
            service.stop();
        }
        if (!Boolean.TRUE.equals(first.get("imported")) || !Boolean.TRUE.equals(second.get("imported"))) {
            disagreements.add("an import did not succeed; see its log");
        }
        Object unchanged = second.get("written");
        if (!Long.valueOf(0).equals(unchanged)) {
            disagreements.add("the second import of the same file wrote " + unchanged + " elements, not 0");
        }

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows", expected.rows());
        json.put("fileBytes", Files.size(file));
        json.put("expected", expected.json());
        json.put("storeTotals", totals);
        json.put("agree", disagreements.isEmpty());
        json.put("disagreements", disagreements);
        json.put("importXmx", xmx);
        json.put("firstImport", first);
        json.put("reimport", second);
        Map<String, Object> runInfo = new LinkedHashMap<>();
        runInfo.put("seed", seed);
        runInfo.put("cores", Runtime.getRuntime().availableProcessors());
        runInfo.put("loadAverageBefore", loadBefore);
        runInfo.put("loadAverageAfter", Bench.loadAverage());
        json.put("run", runInfo);
        Bench.writeJson(out.resolve("etsi.json"), json, " (the ETSI export's import)");
        if (!opt.containsKey("file")) {
            Files.deleteIfExists(file);
        }
        disagreements.forEach(d -> Bench.log("DISAGREES: %s", d));
        return disagreements.isEmpty() ? 0 : 1;
    }

    /** One run of the command-line import: seconds, the peak RSS sampled, the report's counts. */
    private static Map<String, Object> importOnce(Path jar, Path store, Path file, String xmx, Path log)
            throws IOException, InterruptedException {
        List<String> cli = List.of(Bench.javaBin(), "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xmx" + xmx, "-XX:+ExitOnOutOfMemoryError",
                "-jar", jar.toString(), "import", "etsi-isld", file.toString());
        Path report = Path.of(log.toString().replace(".log", "-report.json"));
        ProcessBuilder pb = new ProcessBuilder(cli).redirectError(log.toFile()).redirectOutput(report.toFile());
        pb.environment().put("SEPGRAPH_DATA_DIR", store.toString());
        pb.environment().remove("SEPGRAPH_NEO4J_URI");
        pb.environment().put("SEPGRAPH_NEO4J_PASSWORD", Bench.NEO4J_PASSWORD);
        Bench.log("importing %s with -Xmx%s, log %s", file, xmx, log);
        long t0 = System.nanoTime();
        Process p = pb.start();
        long peak = 0;
        while (!p.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, Bench.rssMiB(p.pid()));
        }
        double seconds = Bench.secs(t0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exit", p.exitValue());
        m.put("imported", p.exitValue() == 0);
        m.put("seconds", Bench.round(seconds));
        m.put("peakRssMiB", peak);
        if (p.exitValue() == 0) {
            JsonNode r = new ObjectMapper().readTree(report.toFile());
            long created = r.at("/nodes/created").asLong() + r.at("/relationships/created").asLong();
            long updated = r.at("/nodes/updated").asLong() + r.at("/relationships/updated").asLong();
            m.put("created", created);
            m.put("written", created + updated);
            m.put("unchanged", r.at("/nodes/unchanged").asLong() + r.at("/relationships/unchanged").asLong());
            m.put("rowsPerSecond", Math.round(r.get("rowsRead").asLong() / seconds));
            m.put("elementsPerSecond", Math.round((created + updated) / seconds));
            m.put("warnings", r.at("/warnings").size());
        }
        Bench.log("import: exit %d in %.1f s, peak RSS %,d MiB: %s", p.exitValue(), seconds, peak, m);
        return m;
    }
}
