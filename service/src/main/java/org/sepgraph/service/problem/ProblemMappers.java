package org.sepgraph.service.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sepgraph.graph.model.Conflict;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.UnknownReference;
import org.sepgraph.graph.store.StoreRefused;
import org.sepgraph.imports.bundle.JsonReading;
import org.sepgraph.imports.run.ImportRefused;
import org.sepgraph.imports.run.ImportReport;
import org.sepgraph.imports.run.ImportTooLarge;
import org.sepgraph.queries.engine.Engine;
import org.sepgraph.service.answers.Turns;

/** Turns every failure into a problem+json answer; user mistakes are 4xx and name the field. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private final ObjectMapper json;

    ProblemMappers(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidField e) {
        return answer(Problem.of(400, "Invalid field", e.getMessage(), e.field()));
    }

    @ServerExceptionMapper
    public Response unknownReference(UnknownReference e) {
        return answer(Problem.of(422, "Unknown reference", e.getMessage(), e.field()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return answer(Problem.of(404, "Not found", e.getMessage(), e.field()));
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e) {
        Problem p = Problem.of(409, "Conflict", e.getMessage(), e.field());
        return answer(new Problem(p.type(), p.title(), p.status(), p.detail(), p.field(), null, e.dependants(), null));
    }

    /** No key, or a key that opens nothing: 401 with the challenge, as a problem. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e) {
        Response r = answer(Problem.of(401, "Unauthorized", "this API needs a valid API key: send "
                + "'Authorization: Bearer <key>' (an admin creates keys at POST /api/v1/keys; the first admin key is "
                + "in <data dir>/admin.key)", "Authorization"));
        return Response.fromResponse(r).header("WWW-Authenticate", "Bearer realm=\"sepgraph\"").build();
    }

    /** A key whose role may not do this: 403, naming what is needed. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        String detail = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                : "this key's role may not do this (readers read and ask, editors also write and import, admins also "
                + "manage keys, read the audit trail and export)";
        return answer(Problem.of(403, "Forbidden", detail, "Authorization"));
    }

    /** A question asked for a version this instance has not applied in time (minVersion): retry shortly. */
    @ServerExceptionMapper
    public Response behind(Engine.Behind e) {
        Response r = answer(Problem.of(503, "Version not yet applied", e.getMessage()
                + "; retry in a moment", "minVersion"));
        return Response.fromResponse(r).header("Retry-After", "1").build();
    }

    /** Every turn to compute a question stayed taken past the wait: retry shortly. */
    @ServerExceptionMapper
    public Response busy(Turns.Busy e) {
        Response r = answer(Problem.of(503, "Busy", e.getMessage(), null));
        return Response.fromResponse(r).header("Retry-After", "2").build();
    }

    /** An import file with bad lines: nothing was written; the report lists them. */
    @ServerExceptionMapper
    public Response importRefused(ImportRefused e) {
        ImportReport report = e.report();
        return answer(new Problem("about:blank", "Import refused", 422, e.getMessage(), null, report.errors(), null,
                report));
    }

    /**
     * The store refused a transaction for a reason outside the request: nothing was written. A collision with other
     * writes is 409, a busy store or a timeout 503, both with Retry-After; memory 503 too (an import's is 413).
     */
    @ServerExceptionMapper
    public Response storeRefused(StoreRefused e) {
        LOG.warnf("store refused a transaction (%s): %s; cause: %s", e.reason(), e.getMessage(),
                e.getCause() == null ? "-" : e.getCause().getMessage());
        Problem p = switch (e.reason()) {
            case CONFLICT -> Problem.of(409, "Write conflict", e.getMessage() + (e.getMessage().contains("retry") ? ""
                    : "; nothing was written: retry"), null);
            case BUSY -> Problem.of(503, "Store busy", e.getMessage() + (e.getMessage().contains("retry") ? ""
                    : "; nothing was written: retry in a moment"), null);
            case TIMED_OUT -> Problem.of(503, "Timed out", e.getMessage() + (e.getMessage().contains("nothing was")
                    ? "" : "; nothing was written: retry, or ask for less"), null);
            case TOO_LARGE -> Problem.of(503, "Not enough memory", e.getMessage() + "; nothing was written: retry, "
                    + "or ask for less", null);
        };
        return Response.fromResponse(answer(p)).header("Retry-After", e.reason() == StoreRefused.Reason.CONFLICT
                ? "1" : "5").build();
    }

    /** An import too large for one transaction's memory: nothing was written; the detail says what to do. */
    @ServerExceptionMapper
    public Response importTooLarge(ImportTooLarge e) {
        LOG.warnf("import refused: %s", e.getMessage());
        return answer(Problem.of(413, "Import too large", e.getMessage(), null));
    }

    /** Bodies that are not JSON, or JSON of the wrong shape, types, enum values or dates. */
    @ServerExceptionMapper(priority = 1)
    public Response unreadableBody(JsonProcessingException e) {
        return answer(bodyProblem(e));
    }

    /** Quarkus maps this subtype itself (a bare 400); the most specific mapper wins, so ours names it too. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedBody(MismatchedInputException e) {
        return answer(bodyProblem(e));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return answer(bodyProblem(jpe));
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "this resource answers application/json";
            case 415 -> "send the body as application/json";
            default -> title;
        };
        return answer(Problem.of(status, title, detail, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("unexpected failure", e);
        return answer(Problem.of(500, "Internal error", "the service failed to answer; the failure is logged", null));
    }

    Problem bodyProblem(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException vie && vie.getCause() instanceof InvalidField invalid) {
            return Problem.of(400, "Invalid field", invalid.getMessage(), join(JsonReading.path(vie), invalid.field()));
        }
        if (e instanceof JsonParseException) {
            return Problem.of(400, "Malformed JSON", "the body is not well-formed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), null);
        }
        if (e instanceof JsonMappingException m) {
            String field = JsonReading.path(m);
            if (field == null && !(m instanceof InvalidFormatException)) {
                return Problem.of(400, "Invalid body", "the body must be a JSON object of this resource", null);
            }
            String title = m instanceof UnrecognizedPropertyException ? "Unknown field" : "Invalid field";
            return Problem.of(400, title, JsonReading.describe(m), field);
        }
        return Problem.of(400, "Invalid body", "the body could not be read as JSON", null);
    }

    /** The field an InvalidField names, under the path of the nested record that refused it. */
    private static String join(String parent, String field) {
        if (parent == null || field.startsWith(parent)) {
            return field;
        }
        return parent + "." + field;
    }

    Response answer(Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"Internal error\",\"status\":500}";
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
