package org.sepgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sepgraph.graph.store.Credentials;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.StoreSettings;

/**
 * The fixed cost of a question (issue 11, {@code bench/run.sh --demo}): the packaged service started with its demo
 * alliance as {@code bin/sepgraph} starts it; p50 of Coverage, Reach and Path over HTTP beside p50 of
 * {@code /q/health/live}, the same client asking them in turn in the same passes (goal: each question within 4× of
 * the health check); the engine's own computation of the same questions in this JVM; then the load phase on the
 * demo data. Writes {@code DIR/demo.json}.
 */
final class DemoBench {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    /** README's tour: the AVS3 standard, Kestrel (owned, pool and sublicensed patents), a two-licence chain. */
    static final String STANDARD = "AVS3";
    static final String ORGANIZATION = "kestrel";
    static final String PATENT = "US10000433B2";

    private DemoBench() {}

    static int run(Map<String, String> opt) throws Exception {
        Path out = Path.of(opt.getOrDefault("out", "bench/results")).toAbsolutePath();
        Files.createDirectories(out);
        int passes = Integer.parseInt(opt.getOrDefault("runs", "2000"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "500"));
        int clients = Integer.parseInt(opt.getOrDefault("clients", "200"));
        double loadSeconds = Double.parseDouble(opt.getOrDefault("load-seconds", "30"));
        int httpPort = Bench.freePort();
        int boltPort = Bench.freePort();
        Path store = out.resolve("store-demo");
        Bench.deleteTree(store);
        String loadBefore = Bench.loadAverage();
        // bin/sepgraph's JVM (-Xmx2g) and the default page cache
        Bench.Service service = Bench.Service.start(Bench.jar(opt), store, out.resolve("demo-service.log"), httpPort,
                boltPort, opt.getOrDefault("service-xmx", "2g"), opt.getOrDefault("page-cache-mib", "256"), true);
        try {
            Http http = new Http(httpPort, Bench.ADMIN_KEY);
            Map<String, Object> engineAtStart = service.engineAtStart(http);
            List<String> names = List.of("live", "coverage", "reach", "path");
            List<String> paths = List.of("/q/health/live", http.coveragePath(STANDARD, AS_OF),
                    http.reachPath(ORGANIZATION, AS_OF), http.pathPath(ORGANIZATION, PATENT, AS_OF));
            for (String p : paths) {
                if (http.get(p).statusCode() != 200) {
                    throw new IllegalStateException("GET " + p + " -> " + http.get(p).statusCode());
                }
            }
            // one client, the four requests in turn, pass after pass: each sees the same conditions
            double[][] ms = new double[paths.size()][passes];
            for (int i = 0; i < warmup + passes; i++) {
                for (int k = 0; k < paths.size(); k++) {
                    long t0 = System.nanoTime();
                    http.call(paths.get(k));
                    if (i >= warmup) {
                        ms[k][i - warmup] = (System.nanoTime() - t0) / 1e6;
                    }
                }
            }
            Map<String, Object> fixed = new LinkedHashMap<>();
            double live = 0;
            for (int k = 0; k < paths.size(); k++) {
                Arrays.sort(ms[k]);
                double p50 = Bench.percentile(ms[k], 50);
                if (k == 0) {
                    live = p50;
                }
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("p50Ms", Bench.round(p50));
                q.put("p99Ms", Bench.round(Bench.percentile(ms[k], 99)));
                if (k > 0) {
                    q.put("overLive", Bench.round(p50 / live));
                    q.put("within4xLive", p50 <= 4 * live);
                }
                fixed.put(names.get(k), q);
            }
            Bench.log("demo fixed cost (p50 over %d passes): %s", passes, fixed);

            // the same questions computed by the engine in this JVM (no HTTP, no JSON)
            Map<String, Object> direct = new LinkedHashMap<>();
            try (GraphStore graph = GraphStore.open(StoreSettings.external("bolt://127.0.0.1:" + boltPort,
                    Credentials.DEFAULT_USER, Bench.NEO4J_PASSWORD))) {
                InMemory engine = new InMemory(graph);
                List<Runnable> ways = List.of(() -> engine.coverage(STANDARD, AS_OF),
                        () -> engine.reach(ORGANIZATION, AS_OF), () -> engine.path(ORGANIZATION, PATENT, AS_OF));
                double[][] dms = new double[ways.size()][passes];
                for (int i = 0; i < warmup + passes; i++) {
                    for (int k = 0; k < ways.size(); k++) {
                        long t0 = System.nanoTime();
                        ways.get(k).run();
                        if (i >= warmup) {
                            dms[k][i - warmup] = (System.nanoTime() - t0) / 1e6;
                        }
                    }
                }
                for (int k = 0; k < ways.size(); k++) {
                    Arrays.sort(dms[k]);
                    direct.put(names.get(k + 1) + "P50Ms", Bench.round(Bench.percentile(dms[k], 50)));
                }
            }
            Bench.log("demo, engine in this JVM: %s", direct);

            List<String> reads = new ArrayList<>(paths.subList(1, paths.size()));
            reads.add(http.bindingPath(STANDARD, AS_OF));
            Bench.log("load phase on the demo: %d clients, %.0f s", clients, loadSeconds);
            Map<String, Object> loadTest = new LoadTest(httpPort, Bench.ADMIN_KEY).run(reads, clients, loadSeconds,
                    "load-demo");
            Bench.log("load phase: %s", loadTest);

            Map<String, Object> json = new LinkedHashMap<>();
            json.put("tier", "demo");
            json.put("asOf", AS_OF.toString());
            json.put("targets", Map.of("coverage", STANDARD, "reach", ORGANIZATION, "path",
                    ORGANIZATION + "->" + PATENT));
            json.put("passes", passes);
            json.put("warmupPasses", warmup);
            json.put("fixedCost", fixed);
            json.put("direct", direct);
            json.put("loadTest", loadTest);
            json.put("engine", engineAtStart);
            json.put("memory", Map.of("serviceRssMiB", Bench.rssMiB(service.pid())));
            json.put("cores", Runtime.getRuntime().availableProcessors());
            json.put("loadAverageBefore", loadBefore);
            json.put("loadAverageAfter", Bench.loadAverage());
            Bench.writeJson(out.resolve("demo.json"), json, "");
            return 0;
        } finally {
            service.stop();
            Bench.deleteTree(store);
        }
    }
}
