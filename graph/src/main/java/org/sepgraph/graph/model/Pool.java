package org.sepgraph.graph.model;

/** A patent pool: licenses its patents centrally under its own policy. */
public record Pool(String id, String name, String administrator, String policy) {
    public Pool {
        id = Check.id("id", id);
        name = Check.text("name", name);
        administrator = Check.optionalText(administrator);
        policy = Check.optionalText(policy);
    }
}
