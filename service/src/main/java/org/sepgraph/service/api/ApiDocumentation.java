package org.sepgraph.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.sepgraph.graph.access.EdgeKind;
import org.sepgraph.graph.kinds.EdgeKinds;

/**
 * Completes the generated OpenAPI document: an example body for every collection and for every question asked
 * with a body, keyed by its path under {@code /api/v1/} (from {@code openapi-examples.json}), the query parameters
 * of the relationship collections, and a summary for each CRUD operation, which the generic resources cannot carry
 * as annotations.
 */
public class ApiDocumentation implements OASFilter {
    private static final String PREFIX = "/api/v1/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        JsonNode examples = examples();
        for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
            String path = entry.getKey();
            if (!path.startsWith(PREFIX)) {
                continue;
            }
            String rest = path.substring(PREFIX.length());
            String collection = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
            PathItem item = entry.getValue();
            boolean one = rest.contains("/{id");
            // a collection's example is its payload; a question with a body under it has its own, by its path
            boolean crud = rest.equals(collection) || rest.equals(collection + "/{id}");
            JsonNode example = examples.get(crud ? collection : rest);
            String noun = collection.replace('-', ' ');
            summary(item.getGET(), one ? "Read one of the " + noun : "List " + noun + " (paged: page, size; exact total)");
            summary(item.getPOST(), "Create one of the " + noun + " (201 with Location; 409 when it exists)");
            summary(item.getPUT(), one ? "Replace one of the " + noun + " (its own edges too)"
                    : "Create or replace one of the " + noun);
            summary(item.getDELETE(), one ? "Delete one of the " + noun + " (409 with its dependants unless cascade=true)"
                    : "Delete one of the " + noun + ", named by the query parameters of both ends");
            if (example != null) {
                addExample(item.getPOST(), example);
                addExample(item.getPUT(), example);
            }
            EdgeKind<?> edge = EdgeKinds.ALL.stream().filter(k -> k.path().equals(collection)).findFirst()
                    .orElse(null);
            if (edge != null && !one) {
                for (Operation op : new Operation[] {item.getGET(), item.getDELETE()}) {
                    if (op == null) {
                        continue;
                    }
                    op.addParameter(query(edge.fromField(), "id of the " + edge.from().noun() + " end"));
                    op.addParameter(query(edge.toField(), "id of the " + edge.to().noun() + " end"));
                    if (edge.key() != null) {
                        op.addParameter(query(edge.key(), "the " + edge.key() + " that tells two of them apart"));
                    }
                }
                if (item.getGET() != null) {
                    item.getGET().addParameter(query("page", "page number, from 0"));
                    item.getGET().addParameter(query("size", "page size, 1 to 1000 (default 50)"));
                }
            }
        }
    }

    private static void summary(Operation op, String text) {
        if (op != null && op.getSummary() == null) {
            op.setSummary(text);
        }
    }

    private static Parameter query(String name, String description) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description)
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING));
    }

    private static void addExample(Operation op, JsonNode example) {
        if (op == null || op.getRequestBody() == null) {
            return;
        }
        Content content = op.getRequestBody().getContent();
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().forEach(media -> media.setExample(toPlain(example)));
    }

    private static Object toPlain(JsonNode node) {
        return new ObjectMapper().convertValue(node, Object.class);
    }

    private static JsonNode examples() {
        try (InputStream in = ApiDocumentation.class.getResourceAsStream("/openapi-examples.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
