package vn.vanthu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanthu.signing.SignatureVerifier;
import vn.vanthu.signing.VerificationView;

/** "vanthu verify": checks the digital signatures of PDFs offline against the given trust anchors. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Kiểm tra chữ ký số (PAdES) của tệp PDF: người ký, cơ quan, thời điểm ký, mức chữ ký,",
            "chuỗi chứng thư, văn bản có bị sửa sau khi ký không, và PDF/A-2b.",
            "Verifies each PDF's signatures offline against the trusted root certificates."})
final class VerifyCommand implements Callable<Integer> {

    /** Where the demo province's CA certificate is written at first start. */
    static final Path DEMO_CA = Path.of("data/signing/ca.pem");

    @Parameters(arity = "1..*", paramLabel = "FILE.pdf", description = "tệp PDF cần kiểm tra")
    List<Path> files;

    @Option(names = "--trust", paramLabel = "ROOT.pem",
            description = "chứng thư gốc được tin cậy (PEM/DER; lặp lại được); mặc định " + "data/signing/ca.pem")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--json", description = "in kết quả dạng JSON / JSON output for scripts")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> anchors = trust.isEmpty() && Files.exists(DEMO_CA) ? List.of(DEMO_CA) : trust;
        if (anchors.isEmpty()) {
            err.println("Chưa có chứng thư gốc để tin cậy: dùng --trust ROOT.pem (hoặc chạy ứng dụng một lần"
                    + " để tạo CA demo trong data/signing/ca.pem).");
            return ExitCodes.INVALID_INPUT;
        }
        SignatureVerifier verifier;
        try {
            verifier = SignatureVerifier.trustingFiles(anchors);
        } catch (RuntimeException e) {
            err.println("Không đọc được chứng thư gốc: " + Messages.of(e));
            return ExitCodes.INVALID_INPUT;
        }
        int code = ExitCodes.OK;
        List<VerificationView> views = new ArrayList<>();
        for (Path file : files) {
            try {
                byte[] pdf = Files.readAllBytes(file);
                VerificationView view = VerificationView.of(file.toString(), verifier.verify(pdf));
                views.add(view);
                if (!json) {
                    VerifyText.print(view, out);
                }
                code = ExitCodes.worst(code, view.valid() ? ExitCodes.OK : ExitCodes.CHECK_FAILED);
            } catch (IOException e) {
                err.println(file + ": không đọc được tệp: " + Messages.of(e));
                code = ExitCodes.worst(code, ExitCodes.FAILED);
            }
        }
        if (json) {
            out.println(json(views));
        }
        out.flush();
        return code;
    }

    private static String json(List<VerificationView> views) {
        try {
            ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
            return mapper.writeValueAsString(views.size() == 1 ? views.get(0) : views);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
