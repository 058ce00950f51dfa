package org.sepgraph.graph.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.sepgraph.graph.changes.Change;
import org.sepgraph.graph.changes.Change.Action;
import org.sepgraph.graph.changes.ChangeLog;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.model.Access;
import org.sepgraph.graph.model.ApiKey;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.model.UnknownReference;
import org.sepgraph.graph.store.GraphStore;

/**
 * API keys in the store, so every instance knows every key: a bookkeeping node per key holding the SHA-256 hash of
 * its secret (secrets are 192 random bits, so a fast hash is safe), never the secret. A secret names its key
 * ({@code sgk_<id>_<random>}), so checking one is a seek by id and a constant-time comparison of hashes. Creating
 * and revoking keys are writes in the change log (collection {@code keys}), which is the audit trail.
 */
public final class KeyStore {
    /** The collection keys are written under in the change log. */
    public static final String COLLECTION = "keys";
    private static final SecureRandom RANDOM = new SecureRandom();

    static final String CREATE = """
            CREATE (k:ApiKey:Meta {id: $id, name: $name, role: $role, hash: $hash, created: datetime()})
            SET k.organization = $organization
            RETURN k {.*} AS key
            """;
    static final String BY_ID = """
            MATCH (k:ApiKey {id: $id})
            WHERE k.revoked IS NULL
            RETURN k {.*} AS key
            """;
    static final String LIST = """
            MATCH (k:ApiKey)
            WHERE k.revoked IS NULL
            WITH k ORDER BY k.id SKIP $skip LIMIT $limit
            RETURN k {.*} AS key
            """;
    static final String COUNT = "MATCH (k:ApiKey) WHERE k.revoked IS NULL RETURN count(k) AS n";
    static final String REVOKE = """
            MATCH (k:ApiKey {id: $id})
            WHERE k.revoked IS NULL
            SET k.revoked = datetime(), k.hash = null
            RETURN count(k) AS n
            """;
    /** The configured admin key's id with a new secret: how an operator who lost the admin key gets back in. */
    static final String RESET = """
            MATCH (k:ApiKey {id: $id})
            SET k.hash = $hash, k.role = 'ADMIN', k.revoked = null
            RETURN count(k) AS n
            """;
    static final String ADMINS = "MATCH (k:ApiKey {role: 'ADMIN'}) WHERE k.revoked IS NULL RETURN count(k) AS n";

    private final GraphStore store;

    public KeyStore(GraphStore store) {
        this.store = store;
    }

    /** A key just created: the key as shown, its secret (shown this once), and the version the write created. */
    public record Created(ApiKey key, String secret, long version) {}

    /** Creates a key with a new random secret. An organisation it is bound to must exist (else 422). */
    public Created create(String name, Access role, String organization, Origin origin) {
        String id = HexFormat.of().formatHex(random(6));
        return create(id, name, role, organization, secret(id), origin);
    }

    /** Creates a key with the given id and secret (the admin key set by configuration). */
    public Created create(String id, String name, Access role, String organization, String secret, Origin origin) {
        new ApiKey(id, name, role, organization, null); // the checks, before anything is written
        return store.write(tx -> {
            if (organization != null && tx.run("MATCH (o:Organization {id: $id}) RETURN count(o) AS n",
                    Map.of("id", organization)).single().get("n").asLong() == 0) {
                throw new UnknownReference("organization", "no organization '" + organization + "'");
            }
            Map<String, Object> params = new java.util.HashMap<>();
            params.put("id", id);
            params.put("name", name.strip());
            params.put("role", role.name());
            params.put("hash", hash(secret));
            params.put("organization", organization);
            ApiKey key = key(tx.run(CREATE, params).single().get("key"));
            long version = ChangeLog.append(tx, origin, List.of(Change.node(COLLECTION, Action.CREATED, id)));
            return new Created(key, secret, version);
        });
    }

    /** The key a secret opens, if it is one of ours and not revoked. */
    public Optional<ApiKey> find(String secret) {
        String id = idOf(secret);
        if (id == null) {
            return Optional.empty();
        }
        return store.read(tx -> tx.run(BY_ID, Map.of("id", id)).list().stream().findFirst()).flatMap(r -> {
            Value k = r.get("key");
            byte[] stored = HexFormat.of().parseHex(k.get("hash").asString(""));
            byte[] given = HexFormat.of().parseHex(hash(secret));
            return MessageDigest.isEqual(stored, given) ? Optional.of(key(k)) : Optional.empty();
        });
    }

    /** The keys not revoked, by id, without secrets. */
    public Page<ApiKey> list(Page.Request page) {
        return store.read(tx -> {
            long total = tx.run(COUNT).single().get("n").asLong();
            List<ApiKey> items = tx.run(LIST, Map.of("skip", page.skip(), "limit", page.size()))
                    .list(r -> key(r.get("key")));
            return new Page<>(items, total, page.page(), page.size());
        });
    }

    /** Revokes a key: it opens nothing from now on (its node stays, without its hash, for the audit trail). */
    public long revoke(String id, Origin origin) {
        return store.write(tx -> {
            if (tx.run(REVOKE, Map.of("id", id)).single().get("n").asLong() == 0) {
                throw new NotFound("id", "no key '" + id + "'");
            }
            return ChangeLog.append(tx, origin, List.of(Change.node(COLLECTION, Action.DELETED, id)));
        });
    }

    /**
     * Makes {@code secret} open key {@code id} as an admin, whether the key exists (with another secret, or revoked)
     * or not: the configured admin key always opens the service.
     */
    public long setAdmin(String id, String name, String secret, Origin origin) {
        long reset = store.write(tx -> {
            if (tx.run(RESET, Map.of("id", id, "hash", hash(secret))).single().get("n").asLong() == 0) {
                return -1L;
            }
            return ChangeLog.append(tx, origin, List.of(Change.node(COLLECTION, Action.UPDATED, id)));
        });
        return reset >= 0 ? reset : create(id, name, Access.ADMIN, null, secret, origin).version();
    }

    /** How many admin keys can open the service. */
    public long admins() {
        return store.read(tx -> tx.run(ADMINS).single().get("n").asLong());
    }

    /** The id a secret names, or null when it is not shaped like one of ours. */
    public static String idOf(String secret) {
        if (secret == null || !secret.startsWith("sgk_")) {
            return null;
        }
        int end = secret.indexOf('_', 4);
        return end > 4 ? secret.substring(4, end) : null;
    }

    /** A new secret for key {@code id}: its id, then 192 random bits. */
    public static String secret(String id) {
        return "sgk_" + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random(24));
    }

    private static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiKey key(Value k) {
        return new ApiKey(k.get("id").asString(), k.get("name").asString(), Access.valueOf(k.get("role").asString()),
                k.get("organization").asString(null), k.get("created").asOffsetDateTime(null));
    }
}
