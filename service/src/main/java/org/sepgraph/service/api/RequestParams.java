package org.sepgraph.service.api;

import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.Page;

/**
 * Query parameters arrive as text and are parsed here, so a bad value is a 400 naming the parameter
 * (JAX-RS would otherwise answer 404 for a query parameter it cannot convert).
 */
public final class RequestParams {
    private RequestParams() {}

    public static Page.Request page(String page, String size) {
        return Page.Request.of(integer("page", page), integer("size", size));
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidField(name, name + " must be a whole number; got '" + value + "'");
        }
    }

    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidField(name, name + " must be true or false; got '" + value + "'");
        };
    }

    public static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(name, name + " is required");
        }
        return value.strip();
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidField("body", "a JSON body is required");
        }
        return body;
    }
}
