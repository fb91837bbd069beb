package vn.vanthu.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request limits no clerk meets ({@code vanthu.limits.*}): the largest body /api and /engine-rest
 * read. A 100-page report is about 300 KB of JSON; a larger body is refused with 413 before it is read.
 */
@ConfigurationProperties("vanthu.limits")
record LimitSettings(@DefaultValue("2MB") DataSize requestBody) {
}
