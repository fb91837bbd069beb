package vn.vanthu.exchange;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.stereotype.Component;

/**
 * POSTs each package to {@code vanthu.exchange.http-url} as application/xml, naming the receiving organ and
 * the message in headers; any answer but 2xx is a failed attempt.
 */
@Component
class HttpAdapter implements ExchangeAdapter {

    private final ExchangeProperties properties;
    private final HttpClient http;

    HttpAdapter(ExchangeProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.httpTimeout()).build();
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public void deliver(OutgoingPackage p) throws Exception {
        if (properties.httpUrl() == null) {
            throw new IllegalStateException("chưa cấu hình địa chỉ nhận gói tin (vanthu.exchange.http-url)");
        }
        HttpRequest request = HttpRequest.newBuilder(properties.httpUrl()).timeout(properties.httpTimeout())
                .header("Content-Type", "application/xml; charset=UTF-8")
                .header("X-EdXML-To", p.organId())
                .header("X-EdXML-Kind", p.kind())
                .header("X-Vanthu-Message-Id", Long.toString(p.messageId()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(p.edxml())).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body();
            throw new IllegalStateException("nơi nhận trả lời HTTP " + response.statusCode() + ": "
                    + body.substring(0, Math.min(body.length(), 200)));
        }
    }
}
