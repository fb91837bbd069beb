package vn.vanthu.platform;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A separate JVM running vanthu from the built classes, as an operator runs it: for the CLI and the crash tests. */
public final class JavaProcess {

    private JavaProcess() {
    }

    /** The main classes and every dependency, without the test classes (whose components would join the app). */
    public static String classPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(path.split(File.pathSeparator)).filter(p -> !p.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Starts vn.vanthu.VanthuApplication with the JVM options and arguments; output goes to the log file. */
    public static Process start(Path log, List<String> jvmOptions, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", classPath(), "vn.vanthu.VanthuApplication"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }
}
