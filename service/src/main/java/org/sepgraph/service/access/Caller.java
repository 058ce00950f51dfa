package org.sepgraph.service.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.model.Access;
import org.sepgraph.graph.model.ApiKey;

/** Who is calling: the API key of the request (none for an anonymous reader), and what a write records of it. */
@RequestScoped
public class Caller {
    static final String KEY = "sepgraph.key";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The key of the request, if it came with one. */
    public Optional<ApiKey> key() {
        return Optional.ofNullable(identity.getAttribute(KEY));
    }

    /** The origin of a write made through the API by this caller: its key's id. */
    public Origin origin() {
        return Origin.api(key().map(ApiKey::id).orElse(null));
    }

    public boolean isAdmin() {
        return key().map(k -> k.role().includes(Access.ADMIN)).orElse(false);
    }

    /** The organisation the caller's key is bound to, if any. */
    public Optional<String> organization() {
        return key().map(ApiKey::organization);
    }
}
