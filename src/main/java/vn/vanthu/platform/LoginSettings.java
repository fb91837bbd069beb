package vn.vanthu.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wrong passwords are slowed down ({@code vanthu.login.*}): per source address, and per source and
 * account. A caller who reaches a threshold waits first-delay, doubling with every further failure up
 * to max-delay; failures are forgotten after forget-after without one, and a right password clears the
 * account's count from that source. Nobody else's login is ever held.
 */
@ConfigurationProperties("vanthu.login")
record LoginSettings(
        @DefaultValue("5") int accountFailures,
        @DefaultValue("30") int sourceFailures,
        @DefaultValue("2s") Duration firstDelay,
        @DefaultValue("15m") Duration maxDelay,
        @DefaultValue("1h") Duration forgetAfter,
        @DefaultValue("100000") int trackedCallers) {
}
