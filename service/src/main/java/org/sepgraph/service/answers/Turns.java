package org.sepgraph.service.answers;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sepgraph.service.store.SepgraphConfig;

/** The instance's turns for computing questions: a fair semaphore shared by every question (see {@link QuestionGate}). */
@Singleton
public class Turns {
    private final Semaphore permits;
    private final Duration wait;

    @Inject
    Turns(SepgraphConfig config) {
        this(config.engine().questions() > 0 ? config.engine().questions()
                : 2 * Runtime.getRuntime().availableProcessors(), config.engine().questionWait());
    }

    Turns(int permits, Duration wait) {
        this.permits = new Semaphore(permits, true);
        this.wait = wait;
    }

    /** Waits for a turn; {@link Busy} when none comes within the wait. */
    void take() throws InterruptedException {
        if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new Busy(wait);
        }
    }

    void give() {
        permits.release();
    }

    /** Every turn taken for longer than the wait: answered 503 with Retry-After. */
    public static final class Busy extends RuntimeException {
        Busy(Duration wait) {
            super("this instance is computing as many questions as it may at once and none finished within "
                    + wait.toSeconds() + " s; retry in a moment");
        }
    }
}
