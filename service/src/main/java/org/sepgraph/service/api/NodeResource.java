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
import org.sepgraph.graph.access.Written;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.Params;
import org.sepgraph.service.access.Caller;
import org.sepgraph.service.answers.Answers;

/** The five CRUD operations of one node collection; subclasses name the collection and its kind. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class NodeResource<T> {
    @Inject
    GraphStore store;

    @Inject
    Answers answers;

    @Inject
    Caller caller;

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
        answers.readingStore();
        return nodes().list(q, page.value());
    }

    @GET
    @Path("{id: .+}")
    public T get(@PathParam("id") String id) {
        answers.readingStore();
        return nodes().require(id);
    }

    @POST
    public Response create(T body, UriInfo uri) {
        Written<T> created = nodes().create(Payloads.required(body), caller.origin());
        answers.written(created.version());
        String id = kind().id(created.value());
        return Response.created(uri.getAbsolutePathBuilder().path(id).build()).entity(created.value()).build();
    }

    @PUT
    @Path("{id: .+}")
    public T replace(@PathParam("id") String id, T body) {
        String bodyId = kind().id(Payloads.required(body));
        if (!bodyId.equals(id)) {
            throw new InvalidField("id", "the body's id '" + bodyId + "' differs from the id in the path '" + id + "'");
        }
        Written<T> replaced = nodes().replace(id, body, caller.origin());
        answers.written(replaced.version());
        return replaced.value();
    }

    @DELETE
    @Path("{id: .+}")
    public Response delete(@PathParam("id") String id, @QueryParam("cascade") String cascade) {
        answers.written(nodes().delete(id, Params.flag("cascade", cascade), caller.origin()));
        return Response.noContent().build();
    }
}
