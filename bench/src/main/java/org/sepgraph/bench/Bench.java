package org.sepgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sepgraph.graph.store.Credentials;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.StoreSettings;

/**
 * The benchmark of issue 5 (run by {@code bench/run.sh}): generates a tier, starts the packaged service on a fresh
 * embedded store, imports the tier through {@code POST /api/v1/imports/bundle}, checks that HTTP, direct (driver,
 * same Java query code) and the in-memory baseline agree on every target, then times each question and writes
 * {@code DIR/T.json} and a Markdown table. Exit status 1 when the answers disagree (nothing is timed then).
 */
public final class Bench {
    /** This run's admin key and Bolt password, given to the service it starts (a fresh store each run). */
    static final String ADMIN_KEY = org.sepgraph.graph.keys.KeyStore.secret("bench");
    static final String NEO4J_PASSWORD = org.sepgraph.graph.keys.KeyStore.secret("neo4j");
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        if (opt.containsKey("demo")) {
            System.exit(DemoBench.run(opt));
        }
        if (opt.containsKey("etsi")) {
            System.exit(EtsiBench.run(opt));
        }
        Tier tier = Tier.of(opt.getOrDefault("tier", "small"));
        Path out = Path.of(opt.getOrDefault("out", "bench/results")).toAbsolutePath();
        Path jar = jar(opt);
        long seed = Long.parseLong(opt.getOrDefault("seed", "20250630"));
        boolean large = tier == Tier.LARGE;
        int runs = Integer.parseInt(opt.getOrDefault("runs", tier == Tier.SMALL ? "30" : tier == Tier.MEDIUM ? "10" : "3"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "2"));
        double budget = Double.parseDouble(opt.getOrDefault("budget-seconds", "300"));
        int clients = Integer.parseInt(opt.getOrDefault("clients", "200"));
        double loadSeconds = Double.parseDouble(opt.getOrDefault("load-seconds", "30"));
        // large: heap and page cache sized to the 4 GiB RSS target (imports arrive in chunks, one transaction each)
        String serviceXmx = opt.getOrDefault("service-xmx", large ? "2300m" : tier == Tier.MEDIUM ? "4g" : "2g");
        int chunkRows = Integer.parseInt(opt.getOrDefault("chunk", "100000"));
        Files.createDirectories(out);
        int cores = Runtime.getRuntime().availableProcessors();
        String loadBefore = loadAverage();
        log("tier %s, seed %d, asOf %s, %d cores, runs %d (+%d warm-up passes)", tier.name(), seed, AS_OF, cores,
                runs, warmup);

        long t0 = System.nanoTime();
        Dataset d = Generator.generate(tier, seed);
        log("generated in %.1f s: %s", secs(t0), d.summary());

        int httpPort = Integer.parseInt(opt.getOrDefault("port", String.valueOf(freePort())));
        int boltPort = Integer.parseInt(opt.getOrDefault("bolt-port", String.valueOf(freePort())));
        Path store = out.resolve("store-" + tier.name());
        deleteTree(store);
        // --load http (default): POST the bundle(s) to the running service, transactions; --load initial: build the
        // empty store offline with bin/sepgraph-import --initial-load before the service starts
        String load = opt.getOrDefault("load", "http");
        if (!load.equals("http") && !load.equals("initial")) {
            throw new IllegalArgumentException("--load is http or initial, not '" + load + "'");
        }
        double initialSeconds = 0;
        long initialBytes = 0;
        Map<String, Object> initialLog = Map.of();
        if (load.equals("initial")) {
            // --bundle FILE: the bundle's place, kept afterwards and reused by the next run when it exists (the large
            // one is 774 MB and takes minutes to write); else DIR/T-bundle.json, deleted after the load
            Path bundle = opt.containsKey("bundle") ? Path.of(opt.get("bundle")).toAbsolutePath()
                    : out.resolve(tier.name() + "-bundle.json");
            if (opt.containsKey("bundle") && Files.exists(bundle)) {
                log("reusing the bundle %s (written by an earlier run with the same tier and seed)", bundle);
            } else {
                long w0 = System.nanoTime();
                new BundleWriter(d, Integer.MAX_VALUE).whole().writeTo(bundle);
                log("wrote the bundle in %.1f s", secs(w0));
            }
            initialBytes = Files.size(bundle);
            List<String> cli = List.of(javaBin(), "--add-opens=java.base/java.nio=ALL-UNNAMED",
                    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                    "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xmx" + opt.getOrDefault("load-xmx", "8g"),
                    "-jar", jar.toString(), "import", "--initial-load", "bundle", bundle.toString());
            Path loadLog = out.resolve(tier.name() + "-initial-load.log");
            ProcessBuilder loader = new ProcessBuilder(cli).redirectErrorStream(true).redirectOutput(loadLog.toFile());
            loader.environment().put("SEPGRAPH_DATA_DIR", store.toString());
            loader.environment().remove("SEPGRAPH_NEO4J_URI");
            loader.environment().put("SEPGRAPH_NEO4J_PASSWORD", NEO4J_PASSWORD);
            log("initial load: %s (%,d bytes), log %s", bundle, initialBytes, loadLog);
            long l0 = System.nanoTime();
            int exit = loader.start().waitFor();
            initialSeconds = secs(l0);
            if (!opt.containsKey("bundle")) {
                Files.deleteIfExists(bundle);
            }
            if (exit != 0) {
                throw new IllegalStateException("the initial load failed (exit " + exit + "); see " + loadLog);
            }
            initialLog = initialLoadLog(loadLog);
            log("initial load: %.1f s (the whole command: JVM, reading and validating, files, Neo4j's import tool, "
                    + "schema), %,.0f patents/s; its stages %s", initialSeconds, d.patents() / initialSeconds,
                    initialLog);
            if (opt.containsKey("import-only")) {
                // --import-only: the initial load's figures alone, DIR/T.json with tier and import, no service
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("tier", tier.name());
                json.put("patents", d.patents());
                json.put("organizations", d.organizations());
                json.put("licenses", d.licenses());
                json.put("import", importJson(load, initialSeconds, d.patents() / initialSeconds, initialLog));
                Map<String, Object> runInfo = new LinkedHashMap<>();
                runInfo.put("importOnly", true);
                runInfo.put("seed", seed);
                runInfo.put("importBytes", initialBytes);
                runInfo.put("loadXmx", opt.getOrDefault("load-xmx", "8g"));
                runInfo.put("loadAverageBefore", loadBefore);
                runInfo.put("loadAverageAfter", loadAverage());
                json.put("runs", runInfo);
                json.put("cores", cores);
                writeJson(out.resolve(tier.name() + ".json"), json, "");
                if (!opt.containsKey("keep-store")) {
                    deleteTree(store);
                }
                System.exit(0);
            }
        }
        String pageCache = opt.getOrDefault("page-cache-mib", large ? "1024" : tier == Tier.MEDIUM ? "1024" : "256");
        Service service = Service.start(jar, store, out.resolve(tier.name() + "-service.log"), httpPort, boltPort,
                serviceXmx, pageCache, false);
        int status = 0;
        try {
            Http http = new Http(httpPort, ADMIN_KEY);

            // import through the real path
            BundleWriter writer = new BundleWriter(d, chunkRows);
            double importSeconds = initialSeconds;
            long bytes = initialBytes;
            List<BundleWriter.Chunk> chunks = load.equals("initial") ? List.of()
                    : d.patents() <= chunkRows && d.declarations() <= 2 * chunkRows
                    ? List.of(writer.whole()) : writer.chunks();
            long elements = 0;
            for (BundleWriter.Chunk chunk : chunks) {
                byte[] body = chunk.bytes();
                bytes += body.length;
                Posted p = post(http, chunk.name(), body, "import");
                importSeconds += p.seconds();
                elements += p.written();
                log("imported %s (%,d bytes) in %.1f s: %,d nodes and relationships written", chunk.name(),
                        body.length, p.seconds(), p.written());
            }
            double patentsPerSecond = d.patents() / importSeconds;
            // nodes plus relationships created or updated, from the import reports, per second of the POSTs
            double elementsPerSecond = load.equals("initial") ? 0 : elements / importSeconds;
            log("import: %.1f s for %,d bytes, %,.0f patents/s (all edges included), %,.0f elements/s",
                    importSeconds, bytes, patentsPerSecond, elementsPerSecond);
            long rssAfterImport = rssMiB(service.pid());

            // the same bundles again, right after: an unchanged file must write nothing, and answer fast. Each
            // re-import leaves the store as it was, so --reimports N repeats it and the median is reported (the
            // shared machine's noise is ±20 % on one)
            int reimports = Integer.parseInt(opt.getOrDefault("reimports", "1"));
            List<Double> reimportRuns = new ArrayList<>();
            for (int round = 0; round < reimports && !chunks.isEmpty(); round++) {
                double total = 0;
                for (BundleWriter.Chunk chunk : chunks) {
                    Posted p = post(http, chunk.name(), chunk.bytes(), "re-import");
                    total += p.seconds();
                    if (p.written() != 0) {
                        throw new IllegalStateException("re-import of the unchanged " + chunk.name() + " wrote "
                                + p.written() + " nodes and relationships (must be 0)");
                    }
                    log("re-imported %s in %.1f s: nothing written", chunk.name(), p.seconds());
                }
                reimportRuns.add(total);
            }
            List<Double> sortedRuns = reimportRuns.stream().sorted().toList();
            double reimportSeconds = sortedRuns.isEmpty() ? 0 : sortedRuns.get(sortedRuns.size() / 2);
            double reimportRatio = reimportSeconds > 0 ? importSeconds / reimportSeconds : 0;
            if (!chunks.isEmpty()) {
                log("re-import: %.1f s, %.1f× faster than the first import", reimportSeconds, reimportRatio);
            }
            Map<String, Object> imported = importJson(load, importSeconds, patentsPerSecond, initialLog);
            if (!chunks.isEmpty()) {
                imported.put("elementsWritten", elements);
                imported.put("elementsPerSecond", Math.round(elementsPerSecond));
                imported.put("reimportSeconds", round(reimportSeconds));
                imported.put("reimportRuns", reimportRuns.stream().map(Bench::round).toList());
                imported.put("reimportRatio", round(reimportRatio));
            }
            if (opt.containsKey("import-only")) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("tier", tier.name());
                json.put("patents", d.patents());
                json.put("import", imported);
                json.put("serviceRssAfterImportMiB", rssAfterImport);
                json.put("loadAverageBefore", loadBefore);
                json.put("loadAverageAfter", loadAverage());
                json.put("cores", cores);
                writeJson(out.resolve(tier.name() + "-import.json"), json,
                        " (--import-only: no restart, no questions, no load phase)");
                return;
            }

            // the engine's load at start, on this tier's graph: a service that imported over HTTP started empty,
            // so it is started again on the same store (which also shows the data survived the stop)
            if (!chunks.isEmpty()) {
                service.stop();
                service = Service.start(jar, store, out.resolve(tier.name() + "-service-restart.log"), httpPort,
                        boltPort, serviceXmx, pageCache, false);
            }
            Map<String, Object> engineAtStart = service.engineAtStart(http);
            long rssEngineLoaded = rssMiB(service.pid());
            log("service engine: %s; RSS %,d MiB", engineAtStart, rssEngineLoaded);

            Baseline baseline = new Baseline(d);
            Targets targets = Targets.pick(d, baseline, seed, AS_OF, 6, 8, 12);
            log("targets: standards %s; organisations %s; %d paths", targets.standards(), targets.organizations(),
                    targets.paths().size());

            try (GraphStore graph = GraphStore.open(StoreSettings.external("bolt://127.0.0.1:" + boltPort,
                    Credentials.DEFAULT_USER, NEO4J_PASSWORD))) {
                Direct cypher = new Direct(graph);
                InMemory engine = new InMemory(graph);
                log("engine loaded in the bench JVM in %.1f s (version %d)", engine.loadSeconds(), engine.version());

                // 1. the answers must agree, for every target: the service, the Cypher reference, the engine here,
                // and the plain-Java baseline
                Agreement agreement = new Agreement();
                for (String s : targets.standards()) {
                    agreement.check("coverage", s, "http", http.coverageKey(s, AS_OF), "cypher",
                            cypher.coverageKey(s, AS_OF), "engine", engine.coverageKey(s, AS_OF), "baseline",
                            baseline.coverage(s, AS_OF));
                    agreement.check("binding", s, "http", http.bindingKey(s, AS_OF), "cypher",
                            cypher.bindingKey(s, AS_OF), "engine", engine.bindingKey(s, AS_OF), "baseline",
                            baseline.binding(s, AS_OF));
                }
                for (String o : targets.organizations()) {
                    agreement.check("reach", o, "http", http.reachKey(o, AS_OF), "cypher", cypher.reachKey(o, AS_OF),
                            "engine", engine.reachKey(o, AS_OF), "baseline", baseline.reach(o, AS_OF, 3));
                }
                int found = 0;
                for (Targets.Path p : targets.paths()) {
                    Keys.PathKey b = baseline.path(p.organization(), p.patent(), AS_OF, 3);
                    found += b.found() ? 1 : 0;
                    agreement.check("path", p.organization() + "->" + p.patent(), "http",
                            http.pathKey(p.organization(), p.patent(), AS_OF), "cypher",
                            cypher.pathKey(p.organization(), p.patent(), AS_OF), "engine",
                            engine.pathKey(p.organization(), p.patent(), AS_OF), "baseline", b);
                }
                List<String> searches = Searches.pick(d, seed, 5);
                for (String q : searches) {
                    agreement.check("search", q, "http", Searches.http(http, q), "engine",
                            Searches.engine(engine.snapshot(), graph, q), "baseline", Searches.baseline(d, q));
                }
                log("checked %d targets × 4 ways (%d of %d paths exist)", agreement.checked(), found,
                        targets.paths().size());
                describeTargets(targets, baseline);
                if (!agreement.ok()) {
                    Path report = out.resolve(tier.name() + "-disagreements.txt");
                    Files.writeString(report, String.join("\n", agreement.disagreements()) + "\n");
                    agreement.disagreements().forEach(s -> System.out.println("DISAGREE " + s));
                    log("%d disagreements (written to %s): not timing", agreement.disagreements().size(), report);
                    status = 1;
                    return;
                }
                log("all four answers agree on every target");

                // 2. timings: HTTP against the engine's own computation here (direct), then the baseline alone
                Map<String, Object> queries = new LinkedHashMap<>();
                Map<String, Object> samplesTaken = new LinkedHashMap<>();
                queries.put("coverage", time("coverage", http, runs, warmup, budget, targets.standards(), samplesTaken,
                        s -> http.call(http.coveragePath(s, AS_OF)), s -> engine.coverage(s, AS_OF),
                        s -> baseline.coverage(s, AS_OF)));
                queries.put("reach", time("reach", http, runs, warmup, budget, targets.organizations(), samplesTaken,
                        o -> http.call(http.reachPath(o, AS_OF)), o -> engine.reach(o, AS_OF),
                        o -> baseline.reach(o, AS_OF, 3)));
                queries.put("binding", time("binding", http, runs, warmup, budget, targets.standards(), samplesTaken,
                        s -> http.call(http.bindingPath(s, AS_OF)), s -> engine.binding(s, AS_OF),
                        s -> baseline.binding(s, AS_OF)));
                queries.put("path", time("path", http, runs, warmup, budget, targets.paths(), samplesTaken,
                        p -> http.call(http.pathPath(p.organization(), p.patent(), AS_OF)),
                        p -> engine.path(p.organization(), p.patent(), AS_OF),
                        p -> baseline.path(p.organization(), p.patent(), AS_OF, 3)));
                queries.put("search", time("search", http, runs, warmup, budget, searches, samplesTaken,
                        q -> http.call(Searches.path(q)), q -> Searches.engine(engine.snapshot(), graph, q),
                        q -> Searches.baseline(d, q)));
                // issue 16's goal for the search: p50 ≤ 50 ms (at large)
                @SuppressWarnings("unchecked")
                Map<String, Object> searchGoals = (Map<String, Object>) ((Map<String, Object>) queries.get("search"))
                        .get("goals");
                searchGoals.put("p50Within50Ms", (double) ((Map<?, ?>) queries.get("search")).get("p50Ms") <= 50);
                long rssTimed = rssMiB(service.pid());

                // 3. the load phase: the targets' questions with 10% writes, 200 clients
                List<String> reads = new ArrayList<>();
                targets.standards().forEach(s -> {
                    reads.add(http.coveragePath(s, AS_OF));
                    reads.add(http.bindingPath(s, AS_OF));
                });
                targets.organizations().forEach(o -> reads.add(http.reachPath(o, AS_OF)));
                targets.paths().forEach(p -> reads.add(http.pathPath(p.organization(), p.patent(), AS_OF)));
                log("load phase: %d clients, %.0f s, %d question targets, 10%% writes", clients, loadSeconds,
                        reads.size());
                Map<String, Object> loadTest = new LoadTest(httpPort, ADMIN_KEY).run(reads, clients, loadSeconds,
                        "load-" + tier.name().toLowerCase());
                log("load phase: %s", loadTest);
                long rssLoaded = rssMiB(service.pid());
                long rss = Math.max(Math.max(rssAfterImport, rssEngineLoaded), Math.max(rssTimed, rssLoaded));

                Map<String, Object> json = new LinkedHashMap<>();
                json.put("tier", tier.name());
                json.put("patents", d.patents());
                json.put("organizations", d.organizations());
                json.put("licenses", d.licenses());
                json.put("import", imported);
                json.put("queries", queries);
                json.put("loadTest", loadTest);
                Map<String, Object> memory = new LinkedHashMap<>();
                memory.put("serviceRssMiB", rss);
                memory.put("serviceRssEngineLoadedMiB", rssEngineLoaded);
                memory.put("serviceRssAfterTimingMiB", rssTimed);
                memory.put("serviceRssAfterLoadTestMiB", rssLoaded);
                memory.put("serviceRssAfterImportMiB", rssAfterImport);
                json.put("memory", memory);
                Map<String, Object> engineInfo = new LinkedHashMap<>(engineAtStart);
                engineInfo.put("benchLoadSeconds", round(engine.loadSeconds()));
                json.put("engine", engineInfo);
                Map<String, Object> runInfo = new LinkedHashMap<>();
                runInfo.put("measuredPassesPerTarget", runs);
                runInfo.put("warmupPassesPerTarget", warmup);
                Map<String, Object> targetCounts = new LinkedHashMap<>();
                targetCounts.put("coverage", targets.standards().size());
                targetCounts.put("reach", targets.organizations().size());
                targetCounts.put("binding", targets.standards().size());
                targetCounts.put("path", targets.paths().size());
                targetCounts.put("search", searches.size());
                runInfo.put("targets", targetCounts);
                runInfo.put("budgetSecondsPerWay", budget);
                runInfo.put("samplesTaken", samplesTaken);
                runInfo.put("seed", seed);
                runInfo.put("asOf", AS_OF.toString());
                runInfo.put("serviceXmx", serviceXmx);
                runInfo.put("importBundles", load.equals("initial") ? 1 : chunks.size());
                runInfo.put("importBytes", bytes);
                runInfo.put("declarations", d.declarations());
                runInfo.put("pools", d.pools());
                runInfo.put("poolPatents", d.poolPatents());
                runInfo.put("standards", d.standards());
                runInfo.put("loadAverageBefore", loadBefore);
                runInfo.put("loadAverageAfter", loadAverage());
                json.put("runs", runInfo);
                json.put("cores", cores);
                writeJson(out.resolve(tier.name() + ".json"), json, "");
                System.out.println(table(tier, d, load, importSeconds, patentsPerSecond, queries, rss, cores, runs,
                        warmup, loadTest, engineInfo));
            }
        } finally {
            service.stop();
            if (!opt.containsKey("keep-store")) {
                deleteTree(store);
            }
        }
        System.exit(status);
    }

    /**
     * The tier JSON's {@code import}: path, seconds, patents/s, and for an initial load the import tool's own wall
     * time ({@code toolSeconds}, as the command logs it), {@code toolRatio} = seconds / toolSeconds and the
     * command's stages.
     */
    static Map<String, Object> importJson(String load, double seconds, double patentsPerSecond,
                                          Map<String, Object> initialLog) {
        Map<String, Object> imported = new LinkedHashMap<>();
        imported.put("path", load.equals("initial") ? "initial-load" : "http");
        imported.put("seconds", round(seconds));
        imported.put("patentsPerSecond", Math.round(patentsPerSecond));
        if (initialLog.get("toolSeconds") instanceof Double tool && tool > 0) {
            imported.put("toolSeconds", round(tool));
            imported.put("toolRatio", Math.round(seconds / tool * 1000) / 1000.0);
            imported.put("stages", initialLog.get("stages"));
        }
        return imported;
    }

    private static final java.util.regex.Pattern STAGE =
            java.util.regex.Pattern.compile("^initial load: (stage (.+)|import tool) ([0-9.]+) s$");

    /**
     * The lines the initial load logs ({@code InitialLoad}): each stage's wall time in the command's JVM, and the
     * import tool's own ({@code toolSeconds}: from the call of Neo4j's import command to its return).
     */
    static Map<String, Object> initialLoadLog(Path log) throws IOException {
        Map<String, Object> stages = new LinkedHashMap<>();
        double tool = 0;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            var m = STAGE.matcher(line.strip());
            if (m.matches()) {
                double s = Double.parseDouble(m.group(3));
                if (m.group(2) == null) {
                    tool = s;
                    stages.put("import tool", round(s));
                } else {
                    stages.put(m.group(2), round(s));
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("toolSeconds", tool);
        out.put("stages", stages);
        return out;
    }

    /** One bundle posted: the round trip's seconds and the nodes plus relationships its report says it wrote. */
    record Posted(double seconds, long written) {}

    /** Posts a bundle to the import; anything but 200 ends the run with the service's answer. */
    static Posted post(Http http, String name, byte[] body, String what) throws IOException {
        long c0 = System.nanoTime();
        HttpResponse<byte[]> r = http.post("/api/v1/imports/bundle", body);
        double s = secs(c0);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(what + " of " + name + " -> " + r.statusCode() + ": "
                    + abbreviate(new String(r.body(), StandardCharsets.UTF_8)));
        }
        return new Posted(s, written(r.body()));
    }

    /**
     * Nodes plus relationships an import report says were created or updated (its {@code nodes} and
     * {@code relationships} counts).
     */
    static long written(byte[] report) throws IOException {
        var tree = new ObjectMapper().readTree(report);
        long n = 0;
        for (String part : List.of("nodes", "relationships")) {
            var counts = tree.get(part);
            if (counts == null) {
                throw new IllegalStateException("no '" + part + "' in the import report: "
                        + abbreviate(new String(report, StandardCharsets.UTF_8)));
            }
            n += counts.get("created").asLong() + counts.get("updated").asLong();
        }
        return n;
    }

    /** Writes a run's JSON, indented, and says where ({@code why}: what kind of run, may be empty). */
    static void writeJson(Path file, Map<String, Object> json, String why) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        log("wrote %s%s", file, why);
    }

    static Path jar(Map<String, String> opt) {
        return Path.of(opt.getOrDefault("jar", "service/target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
    }

    /** The machine's load average (1, 5, 15 min) as /proc gives it: how busy the shared machine was. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** The packaged service as its own process, on a store directory, with this run's key and Bolt password. */
    static final class Service {
        final Process process;
        final Path log;

        private Service(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static Service start(Path jar, Path store, Path log, int httpPort, int boltPort, String xmx, String pageCacheMib,
                             boolean demo) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(javaBin(), "--add-opens=java.base/java.nio=ALL-UNNAMED",
                    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                    "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xmx" + xmx, "-jar", jar.toString()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("SEPGRAPH_DATA_DIR", store.toString());
            pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
            pb.environment().put("SEPGRAPH_DEMO", Boolean.toString(demo));
            pb.environment().remove("SEPGRAPH_NEO4J_URI");
            pb.environment().put("SEPGRAPH_NEO4J_BOLT_PORT", String.valueOf(boltPort));
            // the run's own credentials: the benchmark calls with an admin key and reads the store over Bolt
            pb.environment().put("SEPGRAPH_ADMIN_KEY", ADMIN_KEY);
            pb.environment().put("SEPGRAPH_NEO4J_PASSWORD", NEO4J_PASSWORD);
            pb.environment().put("QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", "2G");
            pb.environment().put("QUARKUS_HTTP_READ_TIMEOUT", "3600s");
            pb.environment().putIfAbsent("SEPGRAPH_NEO4J_PAGE_CACHE_MIB", pageCacheMib);
            // a tier's bundle is imported in one transaction, beyond the service's default share of the heap for one
            // (40 %: the medium bundle is then a 413); the benchmark lets it take three quarters of the heap
            long heapMib = xmx.endsWith("g") ? Long.parseLong(xmx.replace("g", "")) * 1024
                    : Long.parseLong(xmx.replace("m", ""));
            pb.environment().putIfAbsent("SEPGRAPH_NEO4J_TRANSACTION_MEMORY_MIB", Long.toString(heapMib * 3 / 4));
            pb.environment().putIfAbsent("SEPGRAPH_NEO4J_TRANSACTION_MEMORY_TOTAL_MIB", Long.toString(heapMib * 3 / 4));
            Bench.log("starting %s (http %d, bolt %d, -Xmx%s), log %s", jar, httpPort, boltPort, xmx, log);
            Service service = new Service(pb.start(), log);
            Http http = new Http(httpPort, ADMIN_KEY);
            long start = System.nanoTime();
            while (!http.ready()) {
                if (!service.process.isAlive() || secs(start) > 600) {
                    service.stop();
                    throw new IllegalStateException("the service did not become ready; see " + log);
                }
                Thread.sleep(250);
            }
            Bench.log("service ready in %.1f s (pid %d)", secs(start), service.pid());
            return service;
        }

        long pid() {
            return process.pid();
        }

        /**
         * What the service says of its engine's load at start: the metric {@code sepgraph_engine_load_seconds} and
         * what it holds (from /q/metrics), and the seconds its log line gives.
         */
        Map<String, Object> engineAtStart(Http http) throws IOException {
            Map<String, Object> m = new LinkedHashMap<>();
            String metrics = new String(http.get("/q/metrics").body(), StandardCharsets.UTF_8);
            for (String line : metrics.split("\n")) {
                if (line.startsWith("sepgraph_engine_load_seconds ")) {
                    m.put("loadSeconds", round(Double.parseDouble(line.substring(line.indexOf(' ') + 1).trim())));
                }
                if (line.startsWith("sepgraph_engine_version ")) {
                    m.put("version", (long) Double.parseDouble(line.substring(line.indexOf(' ') + 1).trim()));
                }
            }
            java.util.regex.Matcher logged = java.util.regex.Pattern.compile("engine loaded in ([0-9.]+) s")
                    .matcher(Files.readString(log));
            if (logged.find()) {
                m.put("loggedLoadSeconds", Double.parseDouble(logged.group(1)));
            }
            return m;
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static void describeTargets(Targets targets, Baseline baseline) {
        for (String s : targets.standards()) {
            Keys.CoverageKey c = baseline.coverage(s, AS_OF);
            log("  coverage %s: essential %d families, covered %d, %d pools, %d licences, %d holders of holdouts",
                    s, c.essential(), c.covered(), c.byPool().size(), c.byLicense().size(), c.holdouts().size());
        }
        for (String o : targets.organizations()) {
            Keys.ReachKey r = baseline.reach(o, AS_OF, 3);
            log("  reach %s: %d families %s", o, r.reached(), r.byRoute());
        }
    }

    /**
     * Times {@code runs} passes over the targets, after {@code warmup} unrecorded passes. HTTP and direct (the
     * engine's own computation in this JVM, no HTTP: the in-memory bound) are interleaved, each target asked over
     * HTTP and then directly, so the JIT and caches warm up under both alike: their ratio is the figure of
     * interest. The baseline (plain Java over the generated data) runs afterwards in passes of its own. A question
     * that has used up {@code budgetSeconds} per way stops after the pass in progress (at least one measured pass
     * always runs); the samples actually taken are recorded.
     */
    static <T> Map<String, Object> time(String question, Http client, int runs, int warmup, double budgetSeconds,
                                        List<T> targets, Map<String, Object> samplesTaken, Consumer<T> http,
                                        Consumer<T> direct, Consumer<T> baseline) {
        // the floor: what any answer over HTTP costs this client on this machine at this moment — the health
        // check (no key check, no computation, a 45-byte body) asked between each question and its direct computation
        Consumer<T> floor = t -> client.call(FLOOR);
        double[][] served = measure(runs, warmup, 2 * budgetSeconds, targets, List.of(http, floor, direct));
        double[][] bound = measure(runs, warmup, budgetSeconds, targets, List.of(baseline));
        // per target, before the samples are sorted together: a tail is usually one target's (the biggest holder's)
        Map<String, Object> byTarget = byTarget(targets, served[0], served[2]);
        for (double[] way : served) {
            Arrays.sort(way);
        }
        for (double[] way : bound) {
            Arrays.sort(way);
        }
        double[][] samples = {served[0], served[2], bound[0], served[1]};
        List<String> names = List.of("http", "direct", "baseline", "floor");
        Map<String, Object> taken = new LinkedHashMap<>();
        for (int w = 0; w < samples.length; w++) {
            taken.put(names.get(w), samples[w].length);
        }
        samplesTaken.put(question, taken);
        double p50 = percentile(samples[0], 50);
        double p99 = percentile(samples[0], 99);
        double d50 = percentile(samples[1], 50);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50Ms", round(p50));
        m.put("p99Ms", round(p99));
        m.put("directP50Ms", round(d50));
        m.put("directP99Ms", round(percentile(samples[1], 99)));
        m.put("baselineP50Ms", round(percentile(samples[2], 50)));
        m.put("httpOverDirect", round(p50 / d50));
        m.put("httpMinusDirectMs", round(p50 - d50));
        m.put("p99OverP50", round(p99 / p50));
        double f50 = percentile(samples[3], 50);
        m.put("floorP50Ms", round(f50));
        m.put("httpMinusFloorMinusDirectMs", round(p50 - f50 - d50));
        // issue 11's goals: p50 ≤ 3× the in-memory bound, p99 ≤ 10× p50, HTTP ≤ max(1.2× direct, direct + 0.5 ms)
        Map<String, Object> goals = new LinkedHashMap<>();
        goals.put("p50Within3xBound", p50 <= 3 * d50);
        goals.put("p99Within10xP50", p99 <= 10 * p50);
        goals.put("httpWithinDirect", p50 <= Math.max(1.2 * d50, d50 + 0.5));
        m.put("goals", goals);
        m.put("byTarget", byTarget);
        byTarget.forEach((t, v) -> log("  %s %s: %s", question, t, v));
        log("%s: http p50 %.3f ms p99 %.3f ms, direct (engine, no HTTP) p50 %.3f ms p99 %.3f ms, baseline p50 %.3f "
                        + "ms p99 %.3f ms (samples %s)", question, p50, p99, d50, percentile(samples[1], 99),
                percentile(samples[2], 50), percentile(samples[2], 99), taken);
        return m;
    }

    /** The HTTP floor's request: the liveness check, answered by the HTTP layer without a key or a question. */
    static final String FLOOR = "/q/health/live";

    /**
     * HTTP and direct p50/p99 of each target, from unsorted samples taken target after target, pass after pass (so
     * sample k is target k mod the number of targets).
     */
    private static <T> Map<String, Object> byTarget(List<T> targets, double[] http, double[] direct) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int t = 0; t < targets.size(); t++) {
            double[] h = every(http, t, targets.size());
            double[] d = every(direct, t, targets.size());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("p50Ms", round(percentile(h, 50)));
            m.put("p99Ms", round(percentile(h, 99)));
            m.put("directP50Ms", round(percentile(d, 50)));
            m.put("directP99Ms", round(percentile(d, 99)));
            out.put(String.valueOf(targets.get(t)), m);
        }
        return out;
    }

    /** The samples of one target, sorted. */
    private static double[] every(double[] samples, int first, int step) {
        double[] out = new double[Math.max(0, (samples.length - first + step - 1) / step)];
        for (int i = 0; i < out.length; i++) {
            out[i] = samples[first + i * step];
        }
        Arrays.sort(out);
        return out;
    }

    /** Samples (ms) of each way, unsorted: the ways asked in turn for each target, pass after pass. */
    private static <T> double[][] measure(int runs, int warmup, double budgetSeconds, List<T> targets,
                                          List<Consumer<T>> ways) {
        long start = System.nanoTime();
        for (int i = 0; i < warmup && secs(start) < budgetSeconds / 4; i++) {
            for (T t : targets) {
                ways.forEach(way -> way.accept(t));
            }
        }
        start = System.nanoTime();
        double[][] samples = new double[ways.size()][runs * targets.size()];
        int k = 0;
        for (int i = 0; i < runs && (i == 0 || secs(start) < budgetSeconds); i++) {
            for (T t : targets) {
                for (int w = 0; w < ways.size(); w++) {
                    long t0 = System.nanoTime();
                    ways.get(w).accept(t);
                    samples[w][k] = (System.nanoTime() - t0) / 1e6;
                }
                k++;
            }
        }
        for (int w = 0; w < ways.size(); w++) {
            samples[w] = Arrays.copyOf(samples[w], k);
        }
        return samples;
    }

    /** Nearest-rank percentile of sorted samples. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String table(Tier tier, Dataset d, String load, double importSeconds, double pps,
                        Map<String, Object> queries, long rss, int cores, int runs, int warmup,
                        Map<String, Object> loadTest, Map<String, Object> engine) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%n### sepgraph bench — tier %s (%,d patents, %,d organisations, %,d licences; %d cores)%n%n",
                tier.name(), d.patents(), d.organizations(), d.licenses(), cores));
        sb.append(String.format("Import (%s): %.1f s, %,.0f patents/s. Engine load at start: %s s. Service RSS: %,d "
                        + "MiB. Runs: %d measured passes per target after %d warm-up passes.%n%n",
                load.equals("initial") ? "offline initial load" : "POST, transactional", importSeconds, pps,
                engine.getOrDefault("loadSeconds", "?"), rss, runs, warmup));
        sb.append(queryTable(queries));
        sb.append(String.format("%nLoad phase: %s%n", loadTest));
        return sb.toString();
    }

    /** The per-question Markdown table (HTTP against the engine's own computation without HTTP). */
    static String queryTable(Map<String, Object> queries) {
        StringBuilder sb = new StringBuilder();
        sb.append("| question | HTTP p50 ms | HTTP p99 ms | p99/p50 | direct p50 ms | HTTP/direct | HTTP−direct ms "
                + "| floor p50 ms | HTTP−floor−direct ms | baseline p50 ms |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        queries.forEach((q, v) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) v;
            sb.append(String.format("| %s | %.3f | %.3f | %.1f× | %.3f | %.2f× | %.3f | %.3f | %.3f | %.3f |%n", q,
                    m.get("p50Ms"), m.get("p99Ms"), m.get("p99OverP50"), m.get("directP50Ms"), m.get("httpOverDirect"),
                    m.get("httpMinusDirectMs"), m.get("floorP50Ms"), m.get("httpMinusFloorMinusDirectMs"),
                    m.get("baselineP50Ms")));
        });
        return sb.toString();
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }

    static void log(String format, Object... args) {
        System.err.printf("[bench] " + format + "%n", args);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            String key = a.substring(2);
            int eq = key.indexOf('=');
            if (eq >= 0) {
                out.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                out.put(key, args[++i]);
            } else {
                out.put(key, "true");
            }
        }
        return out;
    }
}
