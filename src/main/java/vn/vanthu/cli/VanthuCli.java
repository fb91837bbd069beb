package vn.vanthu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The command line: "vanthu render …", "vanthu check …" and "vanthu verify …"; see docs/cli.md. */
public final class VanthuCli {

    private static final Set<String> SUBCOMMANDS = Set.of("render", "check", "verify");

    private VanthuCli() {
    }

    /** Runs one command line on stdout/stderr and returns the exit code (0, 1, 2 or 3; see --help). */
    public static int run(String... args) {
        quietLibraryLogging();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // Java 17 cannot ask whether stderr alone is a terminal; a console means an interactive session.
        return run(out, err, System.console() != null, args);
    }

    /**
     * Outside the server nothing sets up logging, and logback's default prints every library's DEBUG and
     * WARN lines (PDFBox's "No Unicode mapping…" by the hundred) to stdout, between the report lines a
     * script reads. The CLI says what went wrong in its own words on stderr, so library logging is off.
     */
    static void quietLibraryLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.reset();
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        }
    }

    /** True when the first argument names a subcommand (or asks for help), i.e. the CLI should handle it. */
    public static boolean handles(String firstArg) {
        return firstArg != null && (SUBCOMMANDS.contains(firstArg) || firstArg.equals("--help")
                || firstArg.equals("-h") || firstArg.equals("--version") || firstArg.equals("-V"));
    }

    static int run(PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        CommandLine cli = commandLine(terminal);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(boolean terminal) {
        CommandLine cli = new CommandLine(new RootCommand())
                .addSubcommand("render", new RenderCommand(terminal))
                .addSubcommand("check", new CheckCommand())
                .addSubcommand("verify", new VerifyCommand());
        for (CommandLine command : cli.getSubcommands().values()) {
            explainExitCodes(command);
        }
        explainExitCodes(cli);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("lỗi: " + Messages.of(e));
            return ExitCodes.FAILED;
        });
        return cli;
    }

    private static void explainExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nMã thoát / Exit codes:%n")
                .exitCodeList(ExitCodes.HELP);
    }
}
