package org.sepgraph.graph.kinds;

import static org.sepgraph.graph.access.Fields.constant;
import static org.sepgraph.graph.access.Fields.date;
import static org.sepgraph.graph.access.Fields.props;
import static org.sepgraph.graph.access.Fields.text;
import static org.sepgraph.graph.access.Fields.texts;

import java.util.Map;
import org.neo4j.driver.Value;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.access.Label;
import org.sepgraph.graph.model.Assessment;
import org.sepgraph.graph.model.Declaration;

/** Declarations of essentiality (DECLARED_ESSENTIAL), one per patent, standard and version (the key). */
public final class Declarations extends EdgeKind<Declaration> {
    Declarations() {
        super("declarations", "declarations", "DECLARED_ESSENTIAL", Label.Patent, "patent",
                Label.Standard, "standard", "version", Declaration.class);
    }

    @Override
    public String fromId(Declaration value) {
        return value.patent();
    }

    @Override
    public String toId(Declaration value) {
        return value.standard();
    }

    @Override
    protected Object keyValue(Declaration value) {
        return value.version();
    }

    @Override
    protected Map<String, Object> properties(Declaration value) {
        return props("declarant", value.declarant(), "date", value.date(), "version", value.version(),
                "assessment", value.assessment().name(), "claims", value.claims(), "categories", value.categories(),
                "sections", value.sections());
    }

    @Override
    public Declaration read(Value v) {
        return new Declaration(text(v, "from"), text(v, "to"), text(v, "declarant"), date(v, "date"), text(v, "version"),
                constant(Assessment.class, v, "assessment"), texts(v, "claims"), texts(v, "categories"),
                text(v, "sections"));
    }
}
