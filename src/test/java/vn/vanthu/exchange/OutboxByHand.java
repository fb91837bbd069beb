package vn.vanthu.exchange;

import java.util.function.IntSupplier;
import org.springframework.context.ApplicationContext;

/**
 * The outbox drained by hand from outside this package (the chain bench), as the exchange tests drain it:
 * the drainer stays package-private, and a caller that times sending must not wait for the schedule.
 */
public final class OutboxByHand {

    private OutboxByHand() {
    }

    /** One drain of the context's outbox per call; each call returns how many messages it delivered. */
    public static IntSupplier drainer(ApplicationContext context) {
        OutboxDrainer drainer = context.getBean(OutboxDrainer.class);
        return drainer::drain;
    }
}
