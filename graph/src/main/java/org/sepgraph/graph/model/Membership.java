package org.sepgraph.graph.model;

import java.time.LocalDate;

/** An organisation's membership of an alliance over time (both ends inclusive, open when absent). */
public record Membership(String organization, String alliance, Role role, LocalDate since, LocalDate until) {
    public Membership {
        organization = Check.id("organization", organization);
        alliance = Check.id("alliance", alliance);
        role = role == null ? Role.MEMBER : role;
        Check.range("until", since, until);
    }
}
