package org.sepgraph.service.answers;

import jakarta.enterprise.context.RequestScoped;

/** The version of the store a request's answer was computed on, or its write created; sent as a header. */
@RequestScoped
public class AnswerVersion {
    private long version = -1;

    void set(long version) {
        this.version = version;
    }

    long get() {
        return version;
    }
}
