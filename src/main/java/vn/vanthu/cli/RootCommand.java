package vn.vanthu.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level "vanthu" command; on its own it only explains the subcommands. */
@Command(name = "vanthu", mixinStandardHelpOptions = true, version = "vanthu 0.1.0",
        description = {"Tạo và kiểm tra văn bản hành chính theo Nghị định 30/2020/NĐ-CP.",
            "Renders and checks Vietnamese administrative documents (Decree 30/2020/NĐ-CP)."},
        footer = {"%nVí dụ / Examples:",
            "  vanthu render examples/*.yaml -o out/",
            "  vanthu check out/*.pdf",
            "  vanthu verify --trust ca.pem issued.pdf"})
final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Hãy chọn một lệnh: render, check hoặc verify (xem --help).");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }
}
