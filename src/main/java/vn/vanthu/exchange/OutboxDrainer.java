package vn.vanthu.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox: takes a due message and delivers it with its bookkeeping, into an inbox of this vanthu in
 * the very transaction that claimed it, on any other channel leased first (a crash mid-delivery only delays it)
 * and then in a transaction of its own; on failure it records the attempt and its back-off; the last failure
 * makes it an incident and marks the copy "gửi không được" for the sender.
 */
@Component
class OutboxDrainer {

    private static final Logger log = LoggerFactory.getLogger(OutboxDrainer.class);

    private final Outbox outbox;
    private final SentCopies copies;
    private final Deliveries deliveries;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final ExchangeProperties properties;

    OutboxDrainer(Outbox outbox, SentCopies copies, Deliveries deliveries, TransactionTemplate transaction,
            JdbcTemplate jdbc, ExchangeProperties properties) {
        this.outbox = outbox;
        this.copies = copies;
        this.deliveries = deliveries;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${vanthu.exchange.drain-interval:10s}",
            fixedDelayString = "${vanthu.exchange.drain-interval:10s}")
    void scheduled() {
        if (properties.polling()) {
            drain();
        }
    }

    /**
     * Delivers what is due, in order, up to the batch size; a message is tried at most once per drain, so a
     * receiver that fails is not hammered. Returns how many messages were delivered.
     */
    int drain() {
        int delivered = 0;
        long last = 0;
        for (int i = 0; i < properties.batchSize(); i++) {
            long after = last;
            AtomicReference<OutboxMessage> taken = new AtomicReference<>();
            boolean inPlace;
            try {
                inPlace = Boolean.TRUE.equals(transaction.execute(status -> take(after, taken)));
            } catch (RuntimeException e) {
                if (taken.get() == null) {
                    throw e;
                }
                failed(taken.get(), e);
                last = taken.get().id();
                continue;
            }
            if (taken.get() == null) {
                break;
            }
            OutboxMessage m = taken.get();
            last = m.id();
            if (inPlace) {
                logDelivered(m);
            }
            delivered += inPlace || attempt(m) ? 1 : 0;
        }
        return delivered;
    }

    /**
     * Claims the next due message. One for an inbox of this vanthu is delivered in the claim's own transaction:
     * the inbox is this database, so a crash undoes both and no lease is needed. Any other is leased (a crash
     * mid-delivery only delays it) for its attempt in a transaction of its own. Returns whether it was delivered.
     */
    private boolean take(long afterId, AtomicReference<OutboxMessage> taken) {
        Optional<OutboxMessage> m = outbox.claim(afterId);
        if (m.isEmpty()) {
            return false;
        }
        taken.set(m.get());
        if (m.get().channel() == OutboxMessage.Channel.INTERNAL) {
            deliver(m.get());
            return true;
        }
        Duration lease = properties.httpTimeout().multipliedBy(2).plusMinutes(1);
        jdbc.update("update outbox_message set next_attempt_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().plus(lease)), m.get().id());
        return false;
    }

    private boolean attempt(OutboxMessage m) {
        try {
            transaction.executeWithoutResult(status -> deliver(m));
            logDelivered(m);
            return true;
        } catch (RuntimeException e) {
            failed(m, e);
            return false;
        }
    }

    /** Carries the message and books it: delivered, and the sender's copy sent. */
    private void deliver(OutboxMessage m) {
        deliveries.deliver(m);
        outbox.delivered(m.id());
        if (m.kind() == OutboxMessage.Kind.DOCUMENT && m.copyId() != null) {
            copies.move(m.copyId(), CopyState.SENT, null, null, null);
        }
    }

    private static void logDelivered(OutboxMessage m) {
        log.info("Đã chuyển \"{}\" tới {} ({})", m.subject(), m.destination(), m.channel().label());
    }

    private void failed(OutboxMessage m, RuntimeException e) {
        Throwable cause = e.getCause() != null && e instanceof Deliveries.DeliveryFailed ? e.getCause() : e;
        String error = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int failures = m.attempts() + 1;
        boolean last = failures >= properties.maxAttempts();
        transaction.executeWithoutResult(status -> {
            // false when another drainer delivered it meanwhile (an internal message is not leased)
            boolean recorded = outbox.failed(m.id(), error, last ? null : Instant.now().plus(properties.backoff(failures)));
            if (recorded && last && m.copyId() != null && m.kind() == OutboxMessage.Kind.DOCUMENT) {
                copies.move(m.copyId(), CopyState.FAILED, null, "Gửi không được sau " + failures + " lần: " + error, null);
            }
        });
        if (last) {
            log.error("Không gửi được \"{}\" tới {} sau {} lần ({}); đã ghi thành sự cố để văn thư xử lý", m.subject(),
                    m.destination(), failures, error);
        } else {
            log.warn("Gửi \"{}\" tới {} chưa được (lần {}: {}); sẽ thử lại sau {}", m.subject(), m.destination(),
                    failures, error, properties.backoff(failures));
        }
    }
}
