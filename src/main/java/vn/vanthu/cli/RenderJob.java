package vn.vanthu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.document.DispatchValidator;
import vn.vanthu.document.FieldProblem;
import vn.vanthu.document.InvalidDispatch;
import vn.vanthu.document.Mode;
import vn.vanthu.rendering.DocumentRenderer;

/** One input file of "vanthu render" made into its PDF, every fault turned into lines for the clerk. */
final class RenderJob implements Callable<RenderJob.Outcome> {

    private final Path file;
    private final Path target;
    private final Mode chosen;
    private final DocumentRenderer renderer;

    /** {@code chosen} is the mode asked for on the command line, or null for the one the file says. */
    RenderJob(Path file, Path target, Mode chosen, DocumentRenderer renderer) {
        this.file = file;
        this.target = target;
        this.chosen = chosen;
        this.renderer = renderer;
    }

    /** What became of one input: its exit code, the PDF written (if any) and the lines to report. */
    record Outcome(int code, Path target, List<String> messages) {

        static Outcome failed(String message) {
            return new Outcome(ExitCodes.FAILED, null, List.of(message));
        }
    }

    @Override
    public Outcome call() {
        try {
            Dispatch dispatch = DispatchReader.read(file);
            Mode mode = chosen != null ? chosen : dispatch.mode();
            // the renderer validates too, but lays out the title before it does: a missing type must be
            // reported as a field, not as the NullPointerException it would become there
            List<FieldProblem> problems = DispatchValidator.validate(dispatch, mode);
            if (!problems.isEmpty()) {
                throw new InvalidDispatch(problems);
            }
            byte[] pdf = renderer.render(dispatch, mode);
            AtomicFiles.write(target, pdf);
            // what rendered, but not as typed (a day the văn thư will write, a split authority line)
            return new Outcome(ExitCodes.OK, target, DispatchValidator.warnings(dispatch, mode).stream()
                    .map(w -> file + ": cảnh báo: " + w.field() + ": " + w.message()).toList());
        } catch (InvalidDispatch e) {
            return new Outcome(ExitCodes.INVALID_INPUT, null,
                    e.problems().stream().map(p -> file + ": " + p.field() + ": " + p.message()).toList());
        } catch (IOException | UncheckedIOException e) {
            return Outcome.failed(file + ": lỗi đọc/ghi tệp: " + Messages.of(e));
        } catch (RuntimeException e) {
            return Outcome.failed(file + ": lỗi khi tạo PDF: " + Messages.of(e));
        }
    }
}
