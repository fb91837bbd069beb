package vn.vanthu.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own refusals, made before any application code runs (an encoded slash or NUL in the path, a bare
 * '%', a header too large), as problem details like every other refusal, not Tomcat's English HTML page.
 */
@Component
class ProblemErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // after Spring Boot's customizer, which puts a plain ErrorReportValve on the host: ours replaces it
        factory.addContextCustomizers(context -> {
            // the host adds a valve of this class when it starts unless one is there: ours is
            ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemValve.class.getName());
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ProblemValve());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The valve: what Tomcat's writes, with problem+json for the HTML; nothing when a body was written. */
    static final class ProblemValve extends ErrorReportValve {

        ProblemValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean io = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, io);
            if (!io.get()) {
                return;
            }
            try {
                response.setContentType(Problems.MEDIA_TYPE);
                Writer writer = response.getReporter();
                if (writer != null) {
                    // no instance: the path is what the server could not read
                    writer.write(new String(Problems.json(status, title(status), detail(status), null, Map.of()),
                            StandardCharsets.UTF_8));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response closed: there is no one left to tell
            }
        }

        private static String title(int status) {
            return switch (status) {
                case 400 -> "BadRequest";
                case 404 -> "NotFound";
                case 413, 431 -> "RequestTooLarge";
                default -> status < 500 ? "RequestRefused" : "ServerError";
            };
        }

        private static String detail(int status) {
            return switch (status) {
                case 400 -> "Máy chủ không đọc được yêu cầu: đường dẫn có ký tự không được phép (như %2F, %00, %5C"
                        + " hay một dấu % lẻ), hoặc phần đầu yêu cầu quá dài";
                case 404 -> "Không có địa chỉ này";
                case 413, 431 -> "Yêu cầu quá lớn";
                default -> status < 500 ? "Yêu cầu không được chấp nhận (" + status + ")"
                        : "Máy chủ gặp lỗi khi xử lý yêu cầu (" + status + "); hãy thử lại sau";
            };
        }
    }
}
