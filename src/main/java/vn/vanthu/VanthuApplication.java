package vn.vanthu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.vanthu.cli.VanthuCli;

/**
 * vanthu: with a subcommand ({@code render}, {@code check}) it is the command-line tool and starts no
 * server; without one it starts the application.
 */
@SpringBootApplication
public class VanthuApplication {

    /** Runs the CLI when the first argument is a subcommand, the application otherwise. */
    public static void main(String[] args) {
        if (args.length > 0 && VanthuCli.handles(args[0])) {
            System.exit(VanthuCli.run(args));
        }
        SpringApplication.run(VanthuApplication.class, args);
    }
}
