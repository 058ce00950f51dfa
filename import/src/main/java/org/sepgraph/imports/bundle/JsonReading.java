package org.sepgraph.imports.bundle;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.sepgraph.graph.model.InvalidField;

/**
 * How the one JSON vocabulary (bundle and API payloads alike) is read: strictly, and with mistakes described in
 * words a person can act on — never Jackson's own message, which names Java classes.
 */
public final class JsonReading {
    private JsonReading() {}

    /**
     * A number is not a date, a string is not a number or a boolean, a number is not a name, a fraction is not a
     * whole number.
     */
    public static ObjectMapper strict(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LocalDate.class)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // 1.5 free units is a mistake, not 1 (Jackson would truncate it)
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    /** The field path of a mapping mistake ({@code scope.patents[2]}), or null for the whole value. */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /**
     * The path of the field a record refused while Jackson built it: the record's own path in the JSON joined with
     * the field it names, unless the field already starts with that path (a licence's {@code grantor.pool} is named
     * from the licence down; a rate's {@code perUnit} from the rate, which sits at {@code royaltyTerms[0].rates[1]}).
     */
    public static String field(JsonMappingException e, InvalidField refused) {
        String at = path(e);
        return at == null || refused.field().startsWith(at) ? refused.field() : at + "." + refused.field();
    }

    /** What is wrong, naming {@code field} (the path, or "the value"). */
    public static String describe(JsonMappingException e) {
        return describe(e, e instanceof InvalidFormatException f ? f.getValue() : null);
    }

    /** The same, quoting {@code value} as what was given (a reader that knows it better than Jackson's message). */
    public static String describe(JsonMappingException e, Object value) {
        String field = path(e) == null ? "the value" : path(e);
        if (e instanceof UnrecognizedPropertyException u) {
            return "'" + u.getPropertyName() + "' is not a field of this payload";
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return field + " must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", ")) + "; got " + quoted(value);
            }
            if (target == LocalDate.class || f.getCause() instanceof DateTimeParseException) {
                return field + " must be a date YYYY-MM-DD; got " + quoted(value);
            }
            return field + " has the wrong type; got " + quoted(value);
        }
        if (e.getCause() instanceof DateTimeParseException) {
            return field + " must be a date YYYY-MM-DD";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return field + " has the wrong type (expected " + expected(m.getTargetType()) + ")";
        }
        return field + " cannot be read as a value of this field";
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        return "an object";
    }
}
