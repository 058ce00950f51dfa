package org.sepgraph.graph.model;

import java.time.OffsetDateTime;

/**
 * An API key as the service shows it: never its secret, which exists only in the answer that created it and as a
 * hash in the store. A key bound to an {@code organization} sees the confidential terms of that organisation's
 * licences (its corporate group's).
 */
public record ApiKey(String id, String name, Access role, String organization, OffsetDateTime created) {
    public ApiKey {
        id = Check.id("id", id);
        name = Check.text("name", name);
        Check.required("role", role);
        organization = organization == null ? null : Check.id("organization", organization);
    }
}
