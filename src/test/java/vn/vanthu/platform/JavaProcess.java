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

    /** A vanthu JVM and the port it serves on. */
    public record App(Process process, int port) {
    }

    /** Starts the application on a free port, small heap; output goes to the log file. */
    public static App app(Path log, List<String> args) throws IOException {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> all = new ArrayList<>(args);
        all.add("--server.port=" + port);
        return new App(start(log, List.of("-Xmx768m", "-XX:TieredStopAtLevel=1"), all), port);
    }

    /** Waits for /actuator/health to answer UP, as a load balancer would; returns the port. */
    public static int awaitHealthy(App app, Path log) throws Exception {
        Http http = new Http(app.port());
        ClusterTests.waitUntil(() -> {
            if (!app.process().isAlive()) {
                throw new AssertionError("vanthu exited: " + java.nio.file.Files.readString(log));
            }
            try {
                java.net.http.HttpResponse<String> health = http.get(null, null, "/actuator/health");
                return health.statusCode() == 200 && health.body().contains("UP");
            } catch (IOException e) {
                return false;
            }
        }, "vanthu to start");
        return app.port();
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
