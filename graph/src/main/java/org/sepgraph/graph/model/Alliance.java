package org.sepgraph.graph.model;

import java.time.LocalDate;

/** An industrial IP alliance: members, a chair unit and a secretary-general unit. */
public record Alliance(String id, String name, AllianceForm form, LocalDate founded) {
    public Alliance {
        id = Check.id("id", id);
        name = Check.text("name", name);
    }
}
