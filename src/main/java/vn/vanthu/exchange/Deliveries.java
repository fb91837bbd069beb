package vn.vanthu.exchange;

import java.util.List;
import org.springframework.stereotype.Component;

/** Carries one outbox message on its channel: into an inbox of this vanthu, through an adapter, or by e-mail. */
@Component
class Deliveries {

    private final Inbox inbox;
    private final Mailer mailer;
    private final List<ExchangeAdapter> adapters;
    private final ExchangeProperties properties;

    Deliveries(Inbox inbox, Mailer mailer, List<ExchangeAdapter> adapters, ExchangeProperties properties) {
        this.inbox = inbox;
        this.mailer = mailer;
        this.adapters = adapters;
        this.properties = properties;
    }

    void deliver(OutboxMessage m) {
        try {
            switch (m.channel()) {
                case INTERNAL -> inbox.deliverInternal(m.destination(), m.stored(), m.pdfSha256());
                case EMAIL -> mailer.send(m);
                case EDXML -> adapter(m.destination()).deliver(new ExchangeAdapter.OutgoingPackage(m.id(),
                        m.destination(), m.kind().name(), m.payload()));
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new DeliveryFailed(e);
        }
    }

    /** The adapter routed to for the mã định danh, else the default one. */
    ExchangeAdapter adapter(String organId) {
        String name = properties.routes().getOrDefault(organId, properties.defaultAdapter());
        return adapters.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalStateException("không có bộ chuyển gói tin tên \"" + name + "\" cho " + organId));
    }

    /** A checked failure of a channel, carried through the transaction template. */
    static final class DeliveryFailed extends RuntimeException {
        DeliveryFailed(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
