package vn.vanthu.bench.signing;

import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.function.Supplier;
import vn.vanthu.bench.Machine;
import vn.vanthu.signing.SignatureCheck;
import vn.vanthu.signing.SignedSamples;

/**
 * What signing adds per document next to rendering (issue 12): render for signature, the signer's signature,
 * the issue (fields + agency signature, each B-LT with the in-process TSA and CRL), verification with DSS,
 * and veraPDF's PDF/A-2b check; one thread, medians over -Dsigning.rounds (default 20) after warm-up.
 */
public final class SigningBench {

    private SigningBench() {
    }

    public static void main(String[] args) {
        int rounds = Integer.getInteger("signing.rounds", 20);
        int warmup = Integer.getInteger("signing.warmup", 5);
        System.out.printf("# vanthu signing bench %s%n%n- cores %d, RAM %.1f GiB, load %s%n- %s%n%n",
                OffsetDateTime.now(), Runtime.getRuntime().availableProcessors(), Machine.ramGiB(),
                Machine.loadAverage(), Machine.jvm());
        Machine.quietLogging();
        byte[] shown = SignedSamples.forSignature();
        byte[] signed = SignedSamples.sign(shown);
        byte[] issued = SignedSamples.issue(signed, 1);
        // what is timed must be right: both signatures valid, with nothing changed after them, and PDF/A-2b
        var checks = SignedSamples.signatures(issued);
        if (checks.size() != 2 || !checks.stream().allMatch(SignatureCheck::valid)
                || !SignedSamples.pdfA(issued).compliant()) {
            throw new IllegalStateException("the issued sample does not verify: " + checks + ", "
                    + SignedSamples.pdfA(issued));
        }
        System.out.printf("- the issued sample checked: 2 valid signatures, PDF/A-2b%n%n");
        System.out.printf("| step (one document, seed 002 Công văn, 1 page) | median ms | p90 ms | CPU ms/doc |"
                + " bytes out |%n|---|---|---|---|---|%n");
        row("render for signature (FOP)", rounds, warmup, SignedSamples::forSignature);
        row("signer's signature (fields + PAdES-B-LT)", rounds, warmup, () -> SignedSamples.sign(shown));
        int[] number = {2};
        row("issue (number, day + agency PAdES-B-LT)", rounds, warmup, () -> SignedSamples.issue(signed, number[0]++));
        row("verify signatures (DSS, 2 signatures)", rounds, warmup, () -> {
            SignedSamples.signatures(issued);
            return issued;
        });
        row("PDF/A-2b check (veraPDF)", rounds, warmup, () -> {
            SignedSamples.pdfA(issued);
            return issued;
        });
    }

    private static void row(String step, int rounds, int warmup, Supplier<byte[]> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        long[] wall = new long[rounds];
        long cpu0 = cpu();
        int size = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            size = work.get().length;
            wall[i] = System.nanoTime() - t0;
        }
        long cpu = cpu() - cpu0;
        Arrays.sort(wall);
        System.out.printf("| %s | %.0f | %.0f | %.0f | %,d |%n", step, wall[rounds / 2] / 1e6,
                wall[(int) Math.min(rounds - 1, Math.ceil(rounds * 0.9) - 1)] / 1e6, cpu / 1e6 / rounds, size);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
