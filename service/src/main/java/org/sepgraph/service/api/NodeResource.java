package org.sepgraph.service.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sepgraph.graph.access.NodeKind;
import org.sepgraph.graph.access.Nodes;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.Params;

/** The five CRUD operations of one node collection; subclasses name the collection and its kind. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class NodeResource<T> {
    @Inject
    GraphStore store;

    private Nodes<T> nodes;

    protected abstract NodeKind<T> kind();

    protected Nodes<T> nodes() {
        if (nodes == null) {
            nodes = new Nodes<>(store, kind());
        }
        return nodes;
    }

    @GET
    public Page<T> list(@QueryParam("q") String q, @BeanParam PageParam page) {
        return nodes().list(q, page.value());
    }

    @GET
    @Path("{id: .+}")
    public T get(@PathParam("id") String id) {
        return nodes().require(id);
    }

    @POST
    public Response create(T body, UriInfo uri) {
        T created = nodes().create(Payloads.required(body));
        String id = kind().id(created);
        return Response.created(uri.getAbsolutePathBuilder().path(id).build()).entity(created).build();
    }

    @PUT
    @Path("{id: .+}")
    public T replace(@PathParam("id") String id, T body) {
        String bodyId = kind().id(Payloads.required(body));
        if (!bodyId.equals(id)) {
            throw new InvalidField("id", "the body's id '" + bodyId + "' differs from the id in the path '" + id + "'");
        }
        return nodes().replace(id, body);
    }

    @DELETE
    @Path("{id: .+}")
    public Response delete(@PathParam("id") String id, @QueryParam("cascade") String cascade) {
        nodes().delete(id, Params.flag("cascade", cascade));
        return Response.noContent().build();
    }
}
