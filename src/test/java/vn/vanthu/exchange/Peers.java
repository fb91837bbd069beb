package vn.vanthu.exchange;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.vanthu.platform.TemporaryDirectories;

/**
 * The real parts the exchange talks to in tests, one set per JVM: a GreenMail SMTP server, an HTTP server
 * on 127.0.0.1 that takes edXML packages (answering 500 while {@link #failing} is set), and temporary
 * outbox and inbox folders.
 */
final class Peers {

    /** Buôn Hồ's system is reached over HTTP; every other external agency through the file-system adapter. */
    static final String HTTP_ORGAN = "000.00.42.H16";
    static final Peers ALL = new Peers();

    final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    final List<Posted> posted = new CopyOnWriteArrayList<>();
    final AtomicInteger failing = new AtomicInteger();
    final Path outbox;
    final Path inbox;
    private final HttpServer http;

    /** One POST the HTTP server took. */
    record Posted(String to, String kind, String contentType, byte[] body) {
    }

    private Peers() {
        try {
            mail.start();
            Path root = TemporaryDirectories.create("vanthu-exchange-");
            outbox = root.resolve("outbox");
            inbox = Files.createDirectories(root.resolve("inbox"));
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/edxml", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                int status = failing.get() > 0 ? 500 : 202;
                if (status == 202) {
                    posted.add(new Posted(exchange.getRequestHeaders().getFirst("X-EdXML-To"),
                            exchange.getRequestHeaders().getFirst("X-EdXML-Kind"),
                            exchange.getRequestHeaders().getFirst("Content-Type"), body));
                }
                byte[] answer = (status == 202 ? "đã nhận" : "hệ thống nhận đang bảo trì").getBytes("UTF-8");
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            http.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop(0);
            mail.stop();
        }));
    }

    void register(DynamicPropertyRegistry registry) {
        // this context lives beside the plain test context: a second engine named "default" would take the
        // name over in Camunda's static registry, and the other context's Tasklist would talk to this engine
        // (the starter ignores a name with a hyphen)
        registry.add("camunda.bpm.process-engine-name", () -> "exchangeTests");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
        registry.add("vanthu.exchange.polling", () -> "false");
        // these tests send rendered, unsigned PDFs: the signature check of the chain's own documents is the
        // workflow's end-to-end test's to prove (ChainEndToEndTests)
        registry.add("vanthu.exchange.require-signatures", () -> "false");
        registry.add("vanthu.exchange.retry-base", () -> "0s");
        registry.add("vanthu.exchange.max-attempts", () -> "3");
        registry.add("vanthu.exchange.outbox-directory", outbox::toString);
        registry.add("vanthu.exchange.inbox-directory", inbox::toString);
        registry.add("vanthu.exchange.http-url", () -> "http://127.0.0.1:" + http.getAddress().getPort() + "/edxml");
        registry.add("vanthu.exchange.http-timeout", () -> "5s");
        registry.add("vanthu.exchange.routes[" + HTTP_ORGAN + "]", () -> "http");
    }
}
