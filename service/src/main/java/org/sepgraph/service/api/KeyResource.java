package org.sepgraph.service.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.keys.KeyStore;
import org.sepgraph.graph.model.Access;
import org.sepgraph.graph.model.ApiKey;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.service.access.ApiKeyIdentityProvider;
import org.sepgraph.service.access.Caller;
import org.sepgraph.service.access.Roles;
import org.sepgraph.service.answers.Answers;

/**
 * API keys (admin): create one (its secret shown this once), list them (never a secret), revoke one; and, for any
 * caller, the key it called with.
 */
@Path("/api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Keys", description = "API keys and their roles (reader ⊂ editor ⊂ admin)")
public class KeyResource {
    @Inject
    GraphStore store;

    @Inject
    Caller caller;

    @Inject
    Answers answers;

    @Inject
    ApiKeyIdentityProvider identities;

    /** What a key is: its role in lower case, as callers name roles. */
    public record KeyView(String id, String name, String role, String organization, OffsetDateTime created) {
        static KeyView of(ApiKey k) {
            return new KeyView(k.id(), k.name(), k.role().name().toLowerCase(Locale.ROOT), k.organization(),
                    k.created());
        }
    }

    /** A new key: the same, with its secret — shown this once, stored only as a hash. */
    public record NewKey(String id, String name, String role, String organization, OffsetDateTime created,
                         String key) {}

    /** {@code role}: reader, editor or admin (any case); {@code organization}: an organisation id, optional. */
    public record KeyRequest(String name, String role, String organization) {}

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create an API key; its secret is in this answer only (stored as a hash)")
    public Response create(KeyRequest body, UriInfo uri) {
        KeyRequest q = Payloads.required(body);
        Access role = role(q.role());
        KeyStore.Created c = new KeyStore(store).create(q.name(), role, q.organization(), caller.origin());
        answers.written(c.version());
        ApiKey k = c.key();
        return Response.created(uri.getAbsolutePathBuilder().path(k.id()).build())
                .entity(new NewKey(k.id(), k.name(), k.role().name().toLowerCase(Locale.ROOT), k.organization(),
                        k.created(), c.secret())).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List the keys that are not revoked (without secrets)")
    public Page<KeyView> list(@BeanParam PageParam page) {
        Page<ApiKey> keys = new KeyStore(store).list(page.value());
        return new Page<>(keys.items().stream().map(KeyView::of).toList(), keys.total(), keys.page(), keys.size());
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The key of this request: its role and the organisation it is bound to",
            description = "Anonymous readers (sepgraph.auth.anonymous-read) get role reader and no id.")
    public KeyView me() {
        return caller.key().map(KeyView::of).orElse(new KeyView(null, "anonymous", "reader", null, null));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revoke a key: it opens nothing from now on (other instances: within 5 s)")
    public Response revoke(@PathParam("id") String id) {
        answers.written(new KeyStore(store).revoke(id, caller.origin()));
        identities.forget();
        return Response.noContent().build();
    }

    private static Access role(String role) {
        if (role == null || role.isBlank()) {
            throw new InvalidField("role", "role is required: reader, editor or admin");
        }
        try {
            return Access.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField("role", "role must be reader, editor or admin; got '" + role + "'");
        }
    }
}
