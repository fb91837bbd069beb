package vn.vanthu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.rendering.DocumentRenderer;

/**
 * vanthu's render alone, one thread, thread CPU per render of 004 and 003: the A/B harness for a change too
 * small for the bench's rates to resolve (their spread is ±5 %). Run it on each build, alternating, and
 * compare the means: {@code -Dcpu.warmup=400 -Dcpu.rounds=5 -Dcpu.renders=200}. It also times {@code fo()} alone
 * (validation, view model and templates: vanthu's work before FOP's), which the bench's peer is handed for free.
 */
public final class RenderCpu {

    private RenderCpu() {
    }

    public static void main(String[] args) {
        Machine.quietLogging();
        int warmup = Integer.getInteger("cpu.warmup", 400);
        int rounds = Integer.getInteger("cpu.rounds", 5);
        int renders = Integer.getInteger("cpu.renders", 200);
        DocumentRenderer renderer = DocumentRenderer.create();
        Dispatch short4 = DispatchReader.read(Path.of("examples/004-cong-van-so-ldtbxh-hung-yen.yaml"));
        Dispatch long3 = DispatchReader.read(Path.of("examples/003-ke-hoach-lai-chau.yaml"));
        for (int i = 0; i < warmup; i++) {
            renderer.render(short4, short4.mode());
            renderer.render(long3, long3.mode());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double sum4 = 0;
        double sum3 = 0;
        for (int round = 1; round <= rounds; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < renders; i++) {
                renderer.render(short4, short4.mode());
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < renders / 2; i++) {
                renderer.render(long3, long3.mode());
            }
            long t2 = threads.getCurrentThreadCpuTime();
            double ms4 = (t1 - t0) / 1e6 / renders;
            double ms3 = (t2 - t1) / 1e6 / (renders / 2);
            sum4 += ms4;
            sum3 += ms3;
            System.out.printf("- round %d: 004 %.2f ms, 003 %.2f ms of thread CPU per render%n", round, ms4, ms3);
        }
        System.out.printf("mean: 004 %.2f ms, 003 %.2f ms%n", sum4 / rounds, sum3 / rounds);
        long t0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < renders * 5; i++) {
            renderer.fo(short4, short4.mode());
        }
        long t1 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < renders * 5; i++) {
            renderer.fo(long3, long3.mode());
        }
        long t2 = threads.getCurrentThreadCpuTime();
        System.out.printf("fo() alone: 004 %.3f ms, 003 %.3f ms of thread CPU%n", (t1 - t0) / 1e6 / (renders * 5),
                (t2 - t1) / 1e6 / (renders * 5));
    }
}
