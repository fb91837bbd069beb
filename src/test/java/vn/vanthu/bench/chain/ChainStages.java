package vn.vanthu.bench.chain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the real chain's CPU goes in a JFR recording of the chain bench: each CPU sample of a real chain (its
 * stack holds {@code SeedChain}, not the peer's) is filed under the stage methods on its stack, outermost
 * first. {@code jfr print} fails on these recordings (frames of hidden classes), hence this reader; JDK only:
 * {@code java src/test/java/vn/vanthu/bench/chain/ChainStages.java /tmp/chain.jfr [Stage.method,…]}.
 */
public final class ChainStages {

    static final String STAGES = "Decisions.decide,runJobs,OutboxDrainer,Drafting.create,Issuing.issue,"
            + "Signing.issue,Signing.signAsSigner,requireIntact,Pades.sign,getVisualDifferences,ConformanceChecker,"
            + "DocumentRenderer.render,EdXml,CommandContext.close";

    private ChainStages() {
    }

    public static void main(String[] args) throws Exception {
        String[] stages = (args.length > 1 ? args[1] : STAGES).split(",");
        Map<String, Integer> paths = new HashMap<>();
        int samples = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent e = recording.readEvent();
                RecordedStackTrace stack = e.getStackTrace();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || stack == null) {
                    continue;
                }
                List<String> frames = new ArrayList<>();
                for (RecordedFrame f : stack.getFrames()) {
                    if (f.getMethod() != null) {
                        frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
                    }
                }
                String all = String.join("\n", frames);
                if (!all.contains("vn.vanthu.bench.chain.SeedChain") || all.contains("SeedChain.peer")
                        || all.contains("lambda$peer") || all.contains("PeerProcess")) {
                    continue;
                }
                samples++;
                paths.merge(path(frames, stages), 1, Integer::sum);
            }
        }
        System.out.printf("%d CPU samples of real chains (record with -XX:FlightRecorderOptions:stackdepth=1024:"
                + " deeper stacks are cut and lost here)%n%n| samples | share | stages, outermost first |%n"
                + "|---:|---:|---|%n", samples);
        int total = samples;
        paths.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(30)
                .forEach(p -> System.out.printf("| %d | %.1f %% | %s |%n", p.getValue(), 100.0 * p.getValue() / total,
                        p.getKey()));
    }

    private static String path(List<String> frames, String[] stages) {
        StringBuilder path = new StringBuilder();
        String last = null;
        for (int i = frames.size() - 1; i >= 0; i--) {
            for (String stage : stages) {
                if (frames.get(i).contains(stage) && !stage.equals(last)) {
                    path.append(path.length() == 0 ? "" : " > ").append(stage);
                    last = stage;
                }
            }
        }
        return path.length() == 0 ? "(none of the stages)" : path.toString();
    }
}
