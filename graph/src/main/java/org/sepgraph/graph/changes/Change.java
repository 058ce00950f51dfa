package org.sepgraph.graph.changes;

/**
 * One thing a write changed: a node of a collection by its id, or a relationship by its two ends and key (the
 * collection is the bundle key of its kind: {@code patents}, {@code ownerships}). Engines that follow the store
 * re-read what a change names; the audit trail lists it.
 */
public record Change(String collection, Action action, String id, String from, String to, String key) {
    private static final char SEPARATOR = '\u001F';

    /** Created, updated or deleted. */
    public enum Action { CREATED, UPDATED, DELETED }

    public static Change node(String collection, Action action, String id) {
        return new Change(collection, action, id, null, null, null);
    }

    public static Change edge(String collection, Action action, String from, String to, String key) {
        return new Change(collection, action, null, from, to, key == null ? "" : key);
    }

    public boolean isNode() {
        return id != null;
    }

    /** The change as one stored string: collection, action, then the id or the two ends and the key. */
    public String encode() {
        StringBuilder s = new StringBuilder(collection).append(SEPARATOR).append(action.name().charAt(0));
        if (isNode()) {
            s.append(SEPARATOR).append(id);
        } else {
            s.append(SEPARATOR).append(from).append(SEPARATOR).append(to).append(SEPARATOR).append(key);
        }
        return s.toString();
    }

    public static Change decode(String encoded) {
        String[] p = encoded.split(String.valueOf(SEPARATOR), -1);
        Action action = switch (p[1]) {
            case "C" -> Action.CREATED;
            case "U" -> Action.UPDATED;
            default -> Action.DELETED;
        };
        return p.length == 3 ? node(p[0], action, p[2]) : edge(p[0], action, p[2], p[3], p[4]);
    }
}
