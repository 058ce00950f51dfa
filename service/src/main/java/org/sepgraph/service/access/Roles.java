package org.sepgraph.service.access;

import java.util.Set;
import org.sepgraph.graph.model.Access;

/** The role names of {@code @RolesAllowed}: a key's role and every role it includes. */
public final class Roles {
    public static final String READER = "reader";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {}

    /** The roles an identity with this access has (an editor is a reader too). */
    static Set<String> of(Access access) {
        return switch (access) {
            case READER -> Set.of(READER);
            case EDITOR -> Set.of(READER, EDITOR);
            case ADMIN -> Set.of(READER, EDITOR, ADMIN);
        };
    }
}
