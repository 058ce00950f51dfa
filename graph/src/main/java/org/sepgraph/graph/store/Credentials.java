package org.sepgraph.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The user and password of the embedded store's Bolt connector, which has authentication on like any Neo4j
 * server: set by configuration (what a second instance also uses to reach this store), or generated at first
 * start and kept in {@value #FILE} in the data directory, readable by its owner only.
 */
public record Credentials(String user, String password) {
    public static final String DEFAULT_USER = "neo4j";
    /** Neo4j's own minimum ({@code dbms.security.auth_minimum_password_length}). */
    static final int MINIMUM_LENGTH = 8;
    static final String FILE = "neo4j.password";

    public Credentials {
        user = user == null || user.isBlank() ? DEFAULT_USER : user.strip();
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("the embedded store's password needs at least " + MINIMUM_LENGTH
                    + " characters (SEPGRAPH_NEO4J_PASSWORD)");
        }
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }

    /** The configured user and password; without a password, the one kept in {@code dataDir} (made if none). */
    public static Credentials of(Path dataDir, String user, String password) {
        if (password != null && !password.isBlank()) {
            return new Credentials(user, password);
        }
        return new Credentials(user, kept(dataDir));
    }

    /** The password kept in the data directory, made (owner-only) when there is none yet. */
    static String kept(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(dataDir);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path partial = dataDir.resolve(FILE + ".partial");
            Files.deleteIfExists(partial);
            try {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(partial); // not POSIX: the directory's own protection applies
            }
            Files.writeString(partial, password + "\n", StandardCharsets.UTF_8);
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the embedded store's password in " + file, e);
        }
    }
}
