package org.sepgraph.service.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.model.Binding;

@Path("/api/v1/bindings")
@Tag(name = "Bindings", description = "Standards that pools license")
public class BindingResource extends EdgeResource<Binding> {
    @Override
    protected EdgeKind<Binding> kind() {
        return EdgeKinds.BINDINGS;
    }
}
