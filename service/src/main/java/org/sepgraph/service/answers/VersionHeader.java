package org.sepgraph.service.answers;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds {@code Sepgraph-Version} to every answer that has one. */
public class VersionHeader {
    public static final String NAME = "Sepgraph-Version";

    private final AnswerVersion version;

    VersionHeader(AnswerVersion version) {
        this.version = version;
    }

    @ServerResponseFilter
    public void addVersion(ContainerResponseContext response) {
        long v = version.get();
        if (v >= 0) {
            response.getHeaders().putSingle(NAME, Long.toString(v));
        }
    }
}
