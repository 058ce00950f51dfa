package org.sepgraph.service.api;

import jakarta.annotation.security.RolesAllowed;
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
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.queries.Params;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.queries.search.TextSearch;
import org.sepgraph.service.access.Caller;
import org.sepgraph.service.access.Roles;
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

    /** How a value is shown to this caller (a licence without its terms, to most callers). */
    protected T shown(T value) {
        return value;
    }

    /** Refuses a write this caller may not make (403); {@code before} is null for a create, {@code after} for a delete. */
    protected void mayWrite(T before, T after) {
    }

    protected Nodes<T> nodes() {
        if (nodes == null) {
            nodes = new Nodes<>(store, kind());
        }
        return nodes;
    }

    @GET
    @RolesAllowed(Roles.READER)
    public Page<T> list(@QueryParam("q") String q, @BeanParam PageParam page) {
        Page<T> found = search(q, page.value());
        return new Page<>(found.items().stream().map(this::shown).toList(), found.total(), found.page(), found.size());
    }

    /** A page of the nodes whose id, name (or title) or another number contains {@code q}; all when it is blank. */
    protected Page<T> search(String q, Page.Request page) {
        return searchStore(q, page);
    }

    /** The search answered by reading the store (the nodes of the kind, through an index where one answers). */
    protected Page<T> searchStore(String q, Page.Request page) {
        answers.readingStore();
        return nodes().list(q, page);
    }

    /** Where the engine finds a page of ids for a search's text; null when it cannot (the store then answers). */
    @FunctionalInterface
    protected interface EngineSearch {
        TextSearch.Hits find(Snapshot snapshot, String text, Page.Request page);
    }

    /**
     * The search answered by the engine ({@link TextSearch}), only the page read from the store; a text the engine
     * cannot compare (blank, not ASCII) is answered by {@link #searchStore}.
     */
    protected Page<T> searchInEngine(String q, Page.Request page, EngineSearch engine) {
        String text = TextSearch.text(q);
        TextSearch.Hits hits = text == null ? null : engine.find(answers.snapshot(null), text, page);
        if (hits == null) {
            return searchStore(q, page);
        }
        return new Page<>(nodes().byIds(hits.ids()), hits.total(), page.page(), page.size());
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Path("{id: .+}")
    public T get(@PathParam("id") String id) {
        answers.readingStore();
        return shown(nodes().require(id));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    public Response create(T body, UriInfo uri) {
        mayWrite(null, Payloads.required(body));
        Written<T> created = nodes().create(body, caller.origin());
        answers.written(created.version());
        String id = kind().id(created.value());
        return Response.created(uri.getAbsolutePathBuilder().path(id).build()).entity(shown(created.value())).build();
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("{id: .+}")
    public T replace(@PathParam("id") String id, T body) {
        String bodyId = kind().id(Payloads.required(body));
        if (!bodyId.equals(id)) {
            throw new InvalidField("id", "the body's id '" + bodyId + "' differs from the id in the path '" + id + "'");
        }
        mayWrite(nodes().get(id).orElse(null), body);
        Written<T> replaced = nodes().replace(id, body, caller.origin());
        answers.written(replaced.version());
        return shown(replaced.value());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("{id: .+}")
    public Response delete(@PathParam("id") String id, @QueryParam("cascade") String cascade) {
        nodes().get(id).ifPresent(before -> mayWrite(before, null));
        answers.written(nodes().delete(id, Params.flag("cascade", cascade), caller.origin(), EdgeKinds.ALL));
        return Response.noContent().build();
    }
}
