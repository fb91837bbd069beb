package vn.vanthu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanthu.cli.RenderJob.Outcome;
import vn.vanthu.document.Mode;
import vn.vanthu.rendering.DocumentRenderer;

/** "vanthu render": YAML/JSON inputs to Decree 30 PDFs, one bad file never stopping the others. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Tạo tệp PDF từ tệp dữ liệu văn bản (YAML hoặc JSON).",
            "Renders each input file to <tên tệp>.pdf; a file with errors gets no PDF, the others go on."})
final class RenderCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "tệp dữ liệu .yaml, .yml hoặc .json")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "thư mục ghi PDF (mặc định: cạnh tệp dữ liệu) / output directory")
    Path outputDir;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "số tệp tạo cùng lúc (mặc định: số nhân CPU) / files rendered at once (default: CPU cores)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @ArgGroup(exclusive = true)
    ModeChoice modeChoice;

    @Spec
    CommandSpec spec;

    private final boolean terminal;

    RenderCommand(boolean terminal) {
        this.terminal = terminal;
    }

    /** --draft, --for-signature and --final exclude each other; none means "as the file says". */
    static final class ModeChoice {
        @Option(names = "--draft", description = "tạo bản dự thảo (bỏ trống số và ngày) / render as draft")
        boolean draft;

        @Option(names = "--for-signature", description = "tạo bản trình ký (không có chữ DỰ THẢO, bỏ trống số và"
                + " ngày cho văn thư) / render the copy presented for signature")
        boolean forSignature;

        @Option(names = "--final", description = "tạo bản chính thức (phải có số, ngày, người ký) / render as final")
        boolean fin;
    }

    @Override
    public Integer call() {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs phải từ 1 trở lên / must be at least 1");
        }
        var out = spec.commandLine().getOut();
        Progress progress = files.size() > 1
                ? new Progress(spec.commandLine().getErr(), files.size(), terminal, System::nanoTime) : null;
        DocumentRenderer renderer = DocumentRenderer.create();
        Set<Path> written = new HashSet<>();
        Mode chosen = chosenMode();
        List<Callable<Outcome>> work = new ArrayList<>();
        for (Path file : files) {
            Path target = target(file);
            work.add(written.add(target.toAbsolutePath().normalize())
                    ? new RenderJob(file, target, chosen, renderer)
                    : () -> Outcome.failed(file + ": trùng tên tệp PDF với một tệp khác trong lần chạy này ("
                            + target + ")"));
        }
        int code = ExitCodes.OK;
        int made = 0;
        try (InOrder<Outcome> outcomes = new InOrder<>(work, jobs)) {
            for (Path file : files) {
                Outcome outcome = next(outcomes, file);
                outcome.messages().forEach(message -> line(progress, message));
                if (outcome.code() == ExitCodes.OK) {
                    made++;
                    out.println(file + " → " + outcome.target());
                    out.flush();
                }
                code = ExitCodes.worst(code, outcome.code());
                if (progress != null) {
                    progress.step();
                }
            }
        }
        if (files.size() > 1) {
            out.println("Đã tạo " + made + "/" + files.size() + " tệp PDF.");
        }
        return code;
    }

    private static Outcome next(InOrder<Outcome> outcomes, Path file) {
        try {
            return outcomes.next();
        } catch (ExecutionException e) {
            return Outcome.failed(file + ": lỗi khi tạo PDF: " + Messages.of(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(file + ": bị dừng trước khi tạo xong PDF");
        }
    }

    /** The mode asked for on the command line, or null: each file's own. */
    private Mode chosenMode() {
        if (modeChoice != null && modeChoice.draft) {
            return Mode.DRAFT;
        }
        if (modeChoice != null && modeChoice.forSignature) {
            return Mode.FOR_SIGNATURE;
        }
        if (modeChoice != null && modeChoice.fin) {
            return Mode.FINAL;
        }
        return null;
    }

    private Path target(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String pdf = (dot > 0 ? name.substring(0, dot) : name) + ".pdf";
        Path dir = outputDir != null ? outputDir : file.toAbsolutePath().getParent();
        return dir.resolve(pdf);
    }

    private void line(Progress progress, String message) {
        if (progress != null) {
            progress.println(message);
        } else {
            spec.commandLine().getErr().println(message);
            spec.commandLine().getErr().flush();
        }
    }
}
