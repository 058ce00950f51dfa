package org.sepgraph.service.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sepgraph.graph.keys.KeyStore;
import org.sepgraph.graph.model.ApiKey;
import org.sepgraph.graph.store.GraphStore;

/**
 * Checks a key against the store (a seek by the id the secret names, then its hash) and makes the caller's identity:
 * principal = the key's id, roles = its role and those it includes, attribute {@code organization} when bound. A
 * key found is trusted for {@link #TRUST_MILLIS} without asking the store again, so a revocation made on another
 * instance takes effect within that time (on this instance at once: {@link #forget()}).
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    static final long TRUST_MILLIS = 5_000;

    private final Instance<GraphStore> store;
    private final Map<String, Trusted> trusted = new ConcurrentHashMap<>();

    private record Trusted(ApiKey key, long until) {}

    ApiKeyIdentityProvider(Instance<GraphStore> store) {
        this.store = store;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        Trusted t = trusted.get(secret);
        if (t != null && t.until() > System.currentTimeMillis()) {
            return Uni.createFrom().item(identity(t.key()));
        }
        return context.runBlocking(() -> {
            ApiKey key = new KeyStore(store.get()).find(secret)
                    .orElseThrow(() -> new AuthenticationFailedException("this key opens nothing"));
            trusted.put(secret, new Trusted(key, System.currentTimeMillis() + TRUST_MILLIS));
            return identity(key);
        });
    }

    /** Forgets every key found: after a revocation on this instance. */
    public void forget() {
        trusted.clear();
    }

    private static SecurityIdentity identity(ApiKey key) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.id())).addRoles(Roles.of(key.role()))
                .addAttribute(Caller.KEY, key);
        return b.build();
    }
}
