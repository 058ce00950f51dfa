package org.sepgraph.service.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started as its own process, as a person starts
 * it: a fresh data directory, the demo alliance, free HTTP and Bolt ports, the JVM flags of {@code bin/sepgraph}.
 * Also the tests' own client of its API (java.net.http), to compare what the pages show with what the API answers.
 */
public final class PackagedService implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedService(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
    }

    /** The run's admin key, given to the service: what the tests' own API calls and the browser use. */
    public static final String ADMIN_KEY = org.sepgraph.graph.keys.KeyStore.secret("webtest");

    static PackagedService start() throws IOException, InterruptedException {
        return start("webapp-it", Map.of());
    }

    /**
     * Started with {@code env} over the defaults above (e.g. {@code SEPGRAPH_NEO4J_URI} for an instance on another's
     * store, {@code SEPGRAPH_DEMO=false}); its output goes to {@code target/<name>-service.log}.
     */
    public static PackagedService start(String name, Map<String, String> env) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("sepgraph.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: package the service first (mvn -pl service -am package)");
        }
        Path dataDir = Files.createTempDirectory("sepgraph-" + name + "-");
        Path log = Path.of("target", name + "-service.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        int port = freePort();
        int bolt = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // bin/sepgraph's flags: the opens embedded Neo4j wants; a smaller heap than its default 2g is plenty here.
        for (String open : System.getProperty("sepgraph.add-opens",
                "--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED "
                        + "--add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED")
                .trim().split("\\s+")) {
            command.add(open);
        }
        command.add("-Xmx1g");
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SEPGRAPH_DATA_DIR", dataDir.toString());
        builder.environment().put("SEPGRAPH_DEMO", "true");
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("SEPGRAPH_NEO4J_BOLT_PORT", Integer.toString(bolt));
        builder.environment().put("SEPGRAPH_NEO4J_PAGE_CACHE_MIB", "64");
        builder.environment().remove("SEPGRAPH_NEO4J_URI");
        builder.environment().put("SEPGRAPH_ADMIN_KEY", ADMIN_KEY); // the variable README documents
        builder.environment().putAll(env);
        PackagedService service = new PackagedService(builder.start(), dataDir, log, port);
        service.awaitReady(Duration.ofSeconds(120));
        return service;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped during start (exit " + process.exitValue()
                        + "); its output is in " + log);
            }
            try {
                HttpResponse<String> res = http.send(HttpRequest.newBuilder(uri("/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the service was not ready within " + timeout + "; its output is in " + log);
    }

    String base() {
        return "http://localhost:" + port;
    }

    public URI uri(String pathAndQuery) {
        return URI.create(base() + pathAndQuery);
    }

    /** Any request (the admin key added on /api/): status, headers and body as they came. */
    public HttpResponse<String> exchange(HttpRequest request) {
        return send(request);
    }

    /** GET an API answer as JSON; fails the test on anything but 200. */
    JsonNode get(String pathAndQuery) {
        HttpResponse<String> res = send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", "application/json").build());
        if (res.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + res.statusCode() + ": " + res.body());
        }
        return read(res.body());
    }

    /** GET; answers status and JSON body (any status). */
    Answer answer(String pathAndQuery) {
        HttpResponse<String> res = send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", "application/json").build());
        return new Answer(res.statusCode(), read(res.body()));
    }

    /** POST a body; answers status and JSON body (any status). */
    Answer post(String pathAndQuery, String contentType, byte[] body) {
        HttpResponse<String> res = send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        return new Answer(res.statusCode(), read(res.body()));
    }

    /** POST a JSON body with the admin key; fails the test on anything but 200. */
    JsonNode postJson(String path, String json) {
        Answer a = post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
        if (a.status() != 200) {
            throw new AssertionError("POST " + path + " answered " + a.status() + ": " + a.body());
        }
        return a.body();
    }

    /** GET with another key than the admin's: status and JSON body (any status). */
    Answer answerWith(String key, String pathAndQuery) {
        HttpResponse<String> res = send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + key).build());
        return new Answer(res.statusCode(), res.body().isBlank() ? null : read(res.body()));
    }

    record Answer(int status, JsonNode body) {}

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A new API key of {@code role} (reader, editor, admin): its secret. */
    String newKey(String role) {
        Answer made = post("/api/v1/keys", "application/json",
                ("{\"name\": \"web test " + role + "\", \"role\": \"" + role + "\"}").getBytes(StandardCharsets.UTF_8));
        if (made.status() != 201) {
            throw new AssertionError("POST /api/v1/keys answered " + made.status() + ": " + made.body());
        }
        return made.body().get("key").asText();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            if (request.uri().getPath().startsWith("/api/") && request.headers().firstValue("Authorization").isEmpty()) {
                request = HttpRequest.newBuilder(request, (name, value) -> true)
                        .header("Authorization", "Bearer " + ADMIN_KEY).build();
            }
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** SIGTERM, as a person stops it; forcibly after 30 s. Then the data directory goes. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
