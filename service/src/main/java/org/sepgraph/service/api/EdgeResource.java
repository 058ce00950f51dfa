package org.sepgraph.service.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.Edges;
import org.sepgraph.graph.access.Written;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.Params;
import org.sepgraph.service.access.Caller;
import org.sepgraph.service.access.Roles;
import org.sepgraph.service.answers.Answers;

/**
 * One relationship collection: list filtered by either end, create (POST), create or replace (PUT) and delete.
 * Its query parameters are named after the payload's fields ({@code ?organization=acme&patent=US1}).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class EdgeResource<T> {
    @Inject
    GraphStore store;

    @Inject
    Answers answers;

    @Inject
    Caller caller;

    private Edges<T> edges;

    protected abstract EdgeKind<T> kind();

    protected Edges<T> edges() {
        if (edges == null) {
            edges = new Edges<>(store, kind());
        }
        return edges;
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Page<T> list(UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        answers.readingStore();
        return edges().list(q.getFirst(kind().fromField()), q.getFirst(kind().toField()),
                Params.page(q.getFirst("page"), q.getFirst("size")));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public Response create(T body, UriInfo uri) {
        Written<T> created = edges().create(Payloads.required(body), caller.origin());
        answers.written(created.version());
        return Response.created(location(uri, created.value())).entity(created.value()).build();
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    public Response put(T body, UriInfo uri) {
        Written<T> put = edges().put(Payloads.required(body), caller.origin());
        answers.written(put.version());
        return (put.created() ? Response.created(location(uri, body)) : Response.ok()).entity(body).build();
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    public Response delete(UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        answers.written(edges().delete(required(q, kind().fromField()), required(q, kind().toField()),
                kind().key() == null ? null : q.getFirst(kind().key()), caller.origin()));
        return Response.noContent().build();
    }

    private java.net.URI location(UriInfo uri, T value) {
        var builder = uri.getAbsolutePathBuilder()
                .queryParam(kind().fromField(), kind().fromId(value))
                .queryParam(kind().toField(), kind().toId(value));
        String key = kind().keyOf(value);
        if (kind().key() != null && !key.isEmpty()) {
            builder.queryParam(kind().key(), key);
        }
        return builder.build();
    }

    private static String required(MultivaluedMap<String, String> q, String name) {
        return Params.id(name, q.getFirst(name));
    }
}
