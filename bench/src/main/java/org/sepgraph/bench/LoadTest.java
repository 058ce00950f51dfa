package org.sepgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load phase (issue 11): {@code clients} threads, each with its own requests in a loop for {@code seconds},
 * 90% questions picked at random from the tier's targets and 10% writes — an organisation created with an id of its
 * own, or one this client created renamed (PUT) — all through one JDK HttpClient (HTTP/1.1, a connection per busy
 * client). Afterwards every acknowledged write is looked for, in the store (GET of the organisation, with the name
 * of its last acknowledged write) and in the answers (its Reach, at the newest acknowledged version): one missing
 * from either is a lost write.
 */
final class LoadTest {
    private static final double WRITE_SHARE = 0.10;

    private final String base;
    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    LoadTest(int port, String key) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Bearer " + key;
    }

    /** One organisation written under load: the names it may have now (its last acknowledged one, or a later try). */
    private static final class Written {
        final String id;
        final List<String> acceptable = new ArrayList<>();
        volatile boolean acknowledged;

        Written(String id) {
            this.id = id;
        }
    }

    /** Runs the phase; {@code reads} are paths and queries of questions (200, or 404 for a path without a chain). */
    Map<String, Object> run(List<String> reads, int clients, double seconds, String prefix) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong();
        AtomicLong newestVersion = new AtomicLong();
        Map<String, Long> errorKinds = new ConcurrentHashMap<>();
        double[][] readMs = new double[clients][];
        double[][] writeMs = new double[clients][];
        List<List<Written>> written = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            List<Written> mine = new ArrayList<>();
            written.add(mine);
            Thread t = new Thread(() -> {
                SplittableRandom rnd = new SplittableRandom(20250630L * 31 + client);
                DoubleList reading = new DoubleList();
                DoubleList writing = new DoubleList();
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        long s0 = System.nanoTime();
                        try {
                            if (rnd.nextDouble() < WRITE_SHARE) {
                                Written w;
                                HttpResponse<byte[]> r;
                                String name = "Load " + client + " " + n;
                                Written earlier = mine.isEmpty() ? null : mine.get(rnd.nextInt(mine.size()));
                                if (earlier == null || !earlier.acknowledged || rnd.nextInt(3) > 0) {
                                    w = new Written(prefix + "-" + client + "-" + n);
                                    mine.add(w);
                                    w.acceptable.add(name);
                                    r = send("POST", "/api/v1/organizations", body(w.id, name));
                                } else {
                                    w = earlier;
                                    w.acceptable.add(name);
                                    r = send("PUT", "/api/v1/organizations/" + w.id, body(w.id, name));
                                }
                                n++;
                                writing.add((System.nanoTime() - s0) / 1e6);
                                if (r.statusCode() == 200 || r.statusCode() == 201) {
                                    // acknowledged: from now on only this name (or a later try) is right
                                    w.acceptable.subList(0, w.acceptable.size() - 1).clear();
                                    w.acknowledged = true;
                                    r.headers().firstValue("Sepgraph-Version").map(Long::parseLong)
                                            .ifPresent(v -> newestVersion.accumulateAndGet(v, Math::max));
                                } else {
                                    error(errors, errorKinds, "write " + r.statusCode());
                                }
                            } else {
                                String path = reads.get(rnd.nextInt(reads.size()));
                                HttpResponse<byte[]> r = send("GET", path, null);
                                reading.add((System.nanoTime() - s0) / 1e6);
                                boolean ok = r.statusCode() == 200
                                        || r.statusCode() == 404 && path.startsWith("/api/v1/reach/path");
                                if (!ok) {
                                    error(errors, errorKinds, "read " + r.statusCode());
                                }
                            }
                        } catch (IOException | RuntimeException e) {
                            error(errors, errorKinds, e.getClass().getSimpleName());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    readMs[client] = reading.sorted();
                    writeMs[client] = writing.sorted();
                    done.countDown();
                }
            }, "load-" + client);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double[] reads0 = merge(readMs);
        double[] writes0 = merge(writeMs);
        double[] all = merge(new double[][] {reads0, writes0});

        // every acknowledged write must be in the store and in the answers
        long acknowledged = 0;
        long lost = 0;
        List<String> lostIds = new ArrayList<>();
        long version = newestVersion.get();
        for (List<Written> mine : written) {
            for (Written w : mine) {
                if (!w.acknowledged) {
                    continue; // never acknowledged: it may or may not exist, and nobody was told either
                }
                acknowledged++;
                if (!present(w, version)) {
                    lost++;
                    if (lostIds.size() < 10) {
                        lostIds.add(w.id);
                    }
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clients", clients);
        m.put("seconds", Bench.round(elapsed));
        m.put("requests", all.length);
        m.put("rps", Math.round(all.length / elapsed * 10) / 10.0);
        m.put("p50Ms", Bench.round(percentile(all, 50)));
        m.put("p99Ms", Bench.round(percentile(all, 99)));
        m.put("errors", errors.get());
        m.put("lostWrites", lost);
        m.put("writes", writes0.length);
        m.put("organizationsWritten", acknowledged);
        m.put("readP50Ms", Bench.round(percentile(reads0, 50)));
        m.put("readP99Ms", Bench.round(percentile(reads0, 99)));
        m.put("writeP50Ms", Bench.round(percentile(writes0, 50)));
        m.put("writeP99Ms", Bench.round(percentile(writes0, 99)));
        m.put("writeShare", WRITE_SHARE);
        if (!errorKinds.isEmpty()) {
            m.put("errorKinds", new LinkedHashMap<>(errorKinds));
        }
        if (!lostIds.isEmpty()) {
            m.put("lostExamples", lostIds);
        }
        return m;
    }

    /** In the store with an acceptable name, and known to the answers at the newest acknowledged version. */
    private boolean present(Written w, long version) {
        try {
            HttpResponse<byte[]> stored = send("GET", "/api/v1/organizations/" + w.id, null);
            if (stored.statusCode() != 200) {
                return false;
            }
            String json = new String(stored.body(), StandardCharsets.UTF_8);
            boolean named = w.acceptable.stream().anyMatch(n -> json.contains("\"name\":\"" + n + "\""));
            HttpResponse<byte[]> answered = send("GET", "/api/v1/organizations/" + w.id + "/reach?minVersion="
                    + version, null);
            return named && answered.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : Bench.percentile(sorted, p);
    }

    private static void error(AtomicLong errors, Map<String, Long> kinds, String kind) {
        errors.incrementAndGet();
        kinds.merge(kind, 1L, Long::sum);
    }

    private static String body(String id, String name) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"kind\": \"STARTUP\"}";
    }

    private HttpResponse<byte[]> send(String method, String pathAndQuery, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofMinutes(5))
                .header("Authorization", authorization);
        if (body != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static double[] merge(double[][] parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p == null ? 0 : p.length;
        }
        double[] out = new double[n];
        int k = 0;
        for (double[] p : parts) {
            if (p != null) {
                System.arraycopy(p, 0, out, k, p.length);
                k += p.length;
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** A growable array of samples, one per client thread. */
    private static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double[] sorted() {
            double[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }
}
