package org.sepgraph.service.access;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jboss.logging.Logger;
import org.sepgraph.graph.changes.Origin;
import org.sepgraph.graph.keys.KeyStore;
import org.sepgraph.graph.model.Access;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.service.store.SepgraphConfig;

/**
 * Secure by default, as databases that generate credentials at first start: when no admin key can open the
 * service, one is made — the secret of {@code sepgraph.auth.admin-key} ({@code SEPGRAPH_ADMIN_KEY}) when set,
 * else a new random one, written to {@code <data dir>/admin.key} readable by its owner only and printed once.
 * A configured key whose id exists with another secret (or revoked) takes that id over: setting
 * {@code SEPGRAPH_ADMIN_KEY} is how an operator who lost the admin key gets back in.
 */
@ApplicationScoped
public class AdminKey {
    private static final Logger LOG = Logger.getLogger(AdminKey.class);
    static final String FILE = "admin.key";

    void onStart(@Observes @Priority(1200) StartupEvent event, SepgraphConfig config, Instance<GraphStore> store) {
        if (!config.serve()) {
            return;
        }
        KeyStore keys = new KeyStore(store.get());
        String configured = config.auth().adminKey().filter(k -> !k.isBlank()).map(String::strip).orElse(null);
        if (configured != null) {
            if (keys.find(configured).isEmpty()) {
                String id = KeyStore.idOf(configured);
                if (id == null) {
                    throw new IllegalStateException("sepgraph.auth.admin-key (SEPGRAPH_ADMIN_KEY) must look like "
                            + "sgk_<id>_<secret>, e.g. " + KeyStore.secret("admin"));
                }
                keys.setAdmin(id, "admin (from configuration)", configured, Origin.system("start"));
                LOG.infof("admin key %s set from configuration", id);
            }
            return;
        }
        if (keys.admins() > 0) {
            return;
        }
        KeyStore.Created created = keys.create("admin", Access.ADMIN, null, Origin.system("start"));
        Path file = Path.of(config.dataDir()).resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, created.secret() + "\n");
        } catch (IOException | UnsupportedOperationException e) {
            throw new UncheckedIOException(new IOException("cannot write the admin key to " + file, e));
        }
        // printed once, to the console only: the file is the lasting copy
        System.out.println("sepgraph: an admin key was generated (written to " + file.toAbsolutePath()
                + ", owner-only):\n  " + created.secret());
        LOG.infof("admin key %s generated and written to %s", created.key().id(), file.toAbsolutePath());
    }
}
