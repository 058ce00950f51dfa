package org.sepgraph.service.answers;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Questions take turns: at most {@code sepgraph.engine.questions} are computed at once (two per core by default),
 * the others wait up to {@code sepgraph.engine.question-wait} and are then answered 503 with Retry-After. Measured
 * at the benchmark's large tier: 200 clients computing at once ran a 2.3 GiB heap out (500s and timeouts), where
 * two cores gain nothing from more than a few computations at a time.
 */
@Question
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class QuestionGate {
    // one set of turns for the whole instance: CDI makes an interceptor instance per intercepted bean
    @Inject
    Turns turns;

    @AroundInvoke
    Object inTurn(InvocationContext call) throws Exception {
        turns.take();
        try {
            return call.proceed();
        } finally {
            turns.give();
        }
    }
}
