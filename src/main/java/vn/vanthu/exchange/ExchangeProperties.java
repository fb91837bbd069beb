package vn.vanthu.exchange;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * vanthu.exchange.*: how often the outbox and the inbox directory are drained, how failed deliveries
 * back off, which adapter carries edXML to which mã định danh, and whether unsigned PDFs are refused.
 * SMTP for e-mail is Spring Boot's spring.mail.* (docs/distribution.md).
 *
 * @param polling           drain the outbox and poll the inbox directory on a schedule (off in tests)
 * @param drainInterval     the pause between two drains
 * @param batchSize         messages taken per drain
 * @param retryBase         the first retry waits this long; each further one twice as long …
 * @param retryMaxDelay     … up to this
 * @param maxAttempts       after this many failed attempts the message is an incident (FAILED)
 * @param defaultAdapter    the adapter for external agencies without a route: "file" or "http"
 * @param routes            mã định danh → adapter name, for agencies reached otherwise
 * @param outboxDirectory   where the file-system adapter writes packages, one folder per mã định danh
 * @param inboxDirectory    where packages dropped by other systems are picked up (done/ and refused/ beside)
 * @param httpUrl           where the HTTP adapter POSTs packages
 * @param httpTimeout       connect and answer timeout of the HTTP adapter
 * @param mailFrom          the sender address of e-mails
 * @param requireSignatures refuse a received PDF whose signatures are not verified intact
 */
@ConfigurationProperties("vanthu.exchange")
record ExchangeProperties(@DefaultValue("true") boolean polling, @DefaultValue("10s") Duration drainInterval,
        @DefaultValue("20") int batchSize, @DefaultValue("30s") Duration retryBase,
        @DefaultValue("1h") Duration retryMaxDelay, @DefaultValue("8") int maxAttempts,
        @DefaultValue("file") String defaultAdapter, Map<String, String> routes,
        @DefaultValue("data/exchange/outbox") Path outboxDirectory,
        @DefaultValue("data/exchange/inbox") Path inboxDirectory, URI httpUrl,
        @DefaultValue("30s") Duration httpTimeout, @DefaultValue("vanthu@daklak.gov.vn") String mailFrom,
        @DefaultValue("false") boolean requireSignatures) {

    ExchangeProperties {
        routes = routes == null ? Map.of() : Map.copyOf(routes);
    }

    /** The wait before attempt n + 1 after n failures: base, 2 × base, 4 × base … capped. */
    Duration backoff(int failures) {
        Duration delay = retryBase.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return delay.compareTo(retryMaxDelay) > 0 ? retryMaxDelay : delay;
    }
}
