package org.sepgraph.service.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.security.credential.TokenCredential;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.sepgraph.service.store.SepgraphConfig;

/**
 * Reads {@code Authorization: Bearer <key>}: a key is checked by {@link ApiKeyIdentityProvider}; a request without
 * one is anonymous, and only when {@code sepgraph.auth.anonymous-read} is on does an anonymous caller get the
 * reader role (a public deployment). Any other Authorization is refused: a client that sends a key must send a
 * right one.
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {
    static final String ANONYMOUS = "anonymous";

    private final SepgraphConfig config;

    ApiKeyMechanism(SepgraphConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        if (header == null || header.isBlank()) {
            if (config.auth().anonymousRead()) {
                // still anonymous, with the reader role: what needs more answers 401 (a key would help), not 403
                return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setAnonymous(true)
                        .setPrincipal(new QuarkusPrincipal(ANONYMOUS)).addRole(Roles.READER).build());
            }
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the Authorization header must be "
                    + "'Bearer <key>'"));
        }
        String secret = header.substring(7).strip();
        return identities.authenticate(new TokenAuthenticationRequest(new TokenCredential(secret, "bearer")));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"sepgraph\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }
}
