package vn.vanthu.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox: takes a due message (leased, so a crash mid-delivery only delays it), delivers it
 * in a transaction of its own with its bookkeeping, and on failure records the attempt and its back-off;
 * the last failure makes it an incident and marks the copy "gửi không được" for the sender.
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
            Optional<OutboxMessage> next = lease(last);
            if (next.isEmpty()) {
                break;
            }
            last = next.get().id();
            delivered += attempt(next.get()) ? 1 : 0;
        }
        return delivered;
    }

    private Optional<OutboxMessage> lease(long afterId) {
        Duration lease = properties.httpTimeout().multipliedBy(2).plusMinutes(1);
        return transaction.execute(status -> {
            Optional<OutboxMessage> m = outbox.claim(afterId);
            m.ifPresent(message -> jdbc.update("update outbox_message set next_attempt_at = ? where id = ?",
                    java.sql.Timestamp.from(Instant.now().plus(lease)), message.id()));
            return m;
        });
    }

    private boolean attempt(OutboxMessage m) {
        try {
            transaction.executeWithoutResult(status -> {
                deliveries.deliver(m);
                outbox.delivered(m.id());
                if (m.kind() == OutboxMessage.Kind.DOCUMENT && m.copyId() != null) {
                    copies.move(m.copyId(), CopyState.SENT, null, null, null);
                }
            });
            log.info("Đã chuyển \"{}\" tới {} ({})", m.subject(), m.destination(), m.channel().label());
            return true;
        } catch (RuntimeException e) {
            failed(m, e);
            return false;
        }
    }

    private void failed(OutboxMessage m, RuntimeException e) {
        Throwable cause = e.getCause() != null && e instanceof Deliveries.DeliveryFailed ? e.getCause() : e;
        String error = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int failures = m.attempts() + 1;
        boolean last = failures >= properties.maxAttempts();
        transaction.executeWithoutResult(status -> {
            outbox.failed(m.id(), error, last ? null : Instant.now().plus(properties.backoff(failures)));
            if (last && m.copyId() != null && m.kind() == OutboxMessage.Kind.DOCUMENT) {
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
