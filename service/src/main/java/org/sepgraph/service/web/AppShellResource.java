package org.sepgraph.service.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The web application's stable addresses. Each answers the same application shell
 * ({@code META-INF/resources/app/index.html}); the page's ES modules read the address and fetch what they show
 * from {@code /api/v1}. Ids in the addresses are URL-encoded and may contain slashes ({@code %2F}), hence
 * {@code .+}. Not part of the API: hidden from OpenAPI.
 */
@PermitAll // the application itself is public: it asks for a key when the API needs one
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AppShellResource {
    static final String SHELL = "META-INF/resources/app/index.html";

    private static final String HTML = load();

    @GET
    @Operation(hidden = true)
    public Response home() {
        return shell();
    }

    @GET
    @Path("standards/{id: .+}")
    @Operation(hidden = true)
    public Response standard() {
        return shell();
    }

    @GET
    @Path("pools/{id: .+}")
    @Operation(hidden = true)
    public Response pool() {
        return shell();
    }

    @GET
    @Path("organizations/{id: .+}")
    @Operation(hidden = true)
    public Response organization() {
        return shell();
    }

    @GET
    @Path("patents/{id: .+}")
    @Operation(hidden = true)
    public Response patent() {
        return shell();
    }

    @GET
    @Path("licenses/{id: .+}")
    @Operation(hidden = true)
    public Response license() {
        return shell();
    }

    @GET
    @Path("paths")
    @Operation(hidden = true)
    public Response paths() {
        return shell();
    }

    @GET
    @Path("keys")
    @Operation(hidden = true)
    public Response keys() {
        return shell();
    }

    @GET
    @Path("imports")
    @Operation(hidden = true)
    public Response imports() {
        return shell();
    }

    /** The shell is the same for every address and small; the browser revalidates it so a new build shows. */
    private static Response shell() {
        return Response.ok(HTML, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-cache")
                .build();
    }

    private static String load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SHELL)) {
            if (in == null) {
                throw new IllegalStateException("the web application's shell " + SHELL + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
