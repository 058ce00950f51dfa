package org.sepgraph.queries.money;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sepgraph.graph.model.Check;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.PatentStatus;

/**
 * A patent the pool has ever held, with what the distribution needs: {@code jurisdiction}; {@code family} (null: a
 * family of its own); the in-force facts ({@code status}, {@code filed}, {@code expires}; DESIGN.md: GRANTED or
 * PENDING, not before filing, not after expiry, an unknown expiry counting as in force); every period the pool
 * held it ({@code held}); its owners ({@code owners}, each organisation once).
 */
public record HeldPatent(String id, String jurisdiction, String family, PatentStatus status, LocalDate filed,
                         LocalDate expires, List<Holding> held, List<Owner> owners) {
    public HeldPatent {
        id = Check.id("id", id);
        jurisdiction = Check.required("jurisdiction", Check.countryCode("jurisdiction", jurisdiction));
        family = Check.optionalText(family);
        status = status == null ? PatentStatus.GRANTED : status;
        Check.range("expires", filed, expires);
        held = List.copyOf(Check.required("held", held));
        owners = List.copyOf(owners == null ? List.of() : owners);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < owners.size(); i++) {
            if (!seen.add(owners.get(i).organization())) {
                throw new InvalidField("owners[" + i + "]", "owner '" + owners.get(i).organization() + "' twice");
            }
        }
    }

    /** The family it is counted in: its family, or itself. */
    public String familyKey() {
        return family == null ? id : family;
    }

    /** GRANTED and PENDING patents can be in force; LAPSED, EXPIRED and REVOKED on no date. */
    public boolean canBeInForce() {
        return status == PatentStatus.GRANTED || status == PatentStatus.PENDING;
    }
}
