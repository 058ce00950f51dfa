package org.sepgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.sepgraph.bench.Keys.BindingKey;
import org.sepgraph.bench.Keys.CoverageKey;
import org.sepgraph.bench.Keys.PathKey;
import org.sepgraph.bench.Keys.ReachKey;

/** The questions over the service's REST API (JDK HttpClient, HTTP/1.1, one keep-alive connection). */
public final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    /** Calls the service on {@code port} with API key {@code key}. */
    public Http(int port, String key) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Bearer " + key;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** GET, body as bytes; status and body returned. Times out after 10 minutes. */
    public HttpResponse<byte[]> get(String pathAndQuery) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> post(String pathAndQuery, byte[] body) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofHours(2))
                    .header("Authorization", authorization).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean ready() {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String coveragePath(String standard, LocalDate asOf) {
        return "/api/v1/standards/" + enc(standard) + "/coverage?asOf=" + asOf;
    }

    public String reachPath(String organization, LocalDate asOf) {
        return "/api/v1/organizations/" + enc(organization) + "/reach?asOf=" + asOf + "&maxDepth=3";
    }

    public String bindingPath(String standard, LocalDate asOf) {
        return "/api/v1/standards/" + enc(standard) + "/binding?asOf=" + asOf;
    }

    public String pathPath(String organization, String patent, LocalDate asOf) {
        return "/api/v1/reach/path?from=" + enc(organization) + "&to=" + enc(patent) + "&asOf=" + asOf
                + "&maxDepth=3";
    }

    /** GET that must answer 200 (or 404 when {@code notFoundIsNull}); the parsed body, or null for that 404. */
    public JsonNode json(String pathAndQuery, boolean notFoundIsNull) {
        HttpResponse<byte[]> r = get(pathAndQuery);
        if (notFoundIsNull && r.statusCode() == 404) {
            return null;
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + " -> " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CoverageKey coverageKey(String standard, LocalDate asOf) {
        return Keys.coverage(json(coveragePath(standard, asOf), false));
    }

    public ReachKey reachKey(String organization, LocalDate asOf) {
        return Keys.reach(json(reachPath(organization, asOf), false));
    }

    public BindingKey bindingKey(String standard, LocalDate asOf) {
        return Keys.binding(json(bindingPath(standard, asOf), false));
    }

    public PathKey pathKey(String organization, String patent, LocalDate asOf) {
        return Keys.path(json(pathPath(organization, patent, asOf), true));
    }

    /** One timed request: status must be 200 (404 allowed for path). */
    public void call(String pathAndQuery) {
        HttpResponse<byte[]> r = get(pathAndQuery);
        if (r.statusCode() != 200 && r.statusCode() != 404) {
            throw new IllegalStateException("GET " + pathAndQuery + " -> " + r.statusCode());
        }
    }
}
