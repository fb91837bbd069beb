package vn.vanthu.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;

/** Test inputs written in the input format: the examples, and YAML typed in a test. */
final class Inputs {

    private Inputs() {
    }

    static Dispatch example(String name) {
        return DispatchReader.read(Path.of("examples", name));
    }

    /** A dispatch typed in a test, in YAML. */
    static Dispatch yaml(String text) {
        return DispatchReader.read(text, "test.yaml");
    }

    /** An example's YAML text, for a test that changes a line of it. */
    static String exampleText(String name) {
        try {
            return Files.readString(Path.of("examples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with one text replaced; fails when the text is not there. */
    static Dispatch exampleWith(String name, String from, String to) {
        String text = exampleText(name);
        if (!text.contains(from)) {
            throw new AssertionError(name + " has no \"" + from + "\"");
        }
        return DispatchReader.read(text.replace(from, to), name);
    }
}
