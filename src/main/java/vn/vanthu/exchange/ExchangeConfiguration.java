package vn.vanthu.exchange;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the exchange's settings and the scheduled draining of its outbox and inbox directory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExchangeProperties.class)
@EnableScheduling
class ExchangeConfiguration {
}
