package org.sepgraph.service;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.List;

/**
 * The API needs a key: every service test calls with the tests' admin key (application.properties, %test) unless
 * it says otherwise ({@link #none()}), so the tests of what the API does are not about who may do it.
 */
public class AdminByDefault implements QuarkusTestBeforeEachCallback {
    public static final String ADMIN_KEY = "sgk_testadmin_Tz3pQ9c2kV8mW1xR5yN7uB4eH6jL0aF";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(ADMIN);
    }

    // A filter, not a request specification: a specification would also fix the port, and the tests' port is random.
    private static final Filter ADMIN = (request, response, next) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + ADMIN_KEY);
        }
        return next.next(request, response);
    };

    /** Calls from here on carry no key unless given one. */
    public static void none() {
        RestAssured.replaceFiltersWith(List.of());
    }
}
