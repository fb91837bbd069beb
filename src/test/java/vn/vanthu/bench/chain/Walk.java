package vn.vanthu.bench.chain;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.vanthu.workflow.Step;
import vn.vanthu.workflow.consultation.Consultations.Reception;

/**
 * The seed-002 chain as data: the document (ChainEndToEndTests' Công văn, sent to the Sở only), each decision
 * and the step it leads to, the rows a timed walk records, and the clock that records them.
 */
final class Walk {

    /** A decision: who, what, what it adds (comment, revised text, receptions, UBND signer), the step it opens. */
    record Move(Step step, String user, String decision, String comment, Map<String, Object> document,
            List<Reception> receptions, String signer, Step next) {
    }

    /** One walked chain: its dispatch (none for the peer) and per row {wall, render, check, sign ns, renders}. */
    record Result(UUID dispatch, long[][] rows) {
    }

    static final Map<String, Object> DOCUMENT = Map.of("type", "cong-van",
            "summary", "triển khai Báo cáo số 51/BC-ĐGS, ngày 05/12/2019 của Ủy ban Thường vụ Quốc hội",
            "recipients", List.of("Thủ trưởng các sở, ban, ngành"),
            "body", "Thực hiện kiến nghị tại Báo cáo số 51/BC-ĐGS, Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n"
                    + "1. Sở Lao động – Thương binh và Xã hội: Chủ trì, phối hợp với các sở, ngành liên quan.\n\n"
                    + "2. Sở Tư pháp: Tăng cường công tác trợ giúp pháp lý cho trẻ em bị xâm hại.",
            "distribution", Map.of("recipients", List.of("Như trên"), "archive", "VT, KGVX"));

    /** The text after the drafter took Sở Tư pháp's comment in (the tổng hợp step stores it as a new draft). */
    static final Map<String, Object> REVISED = revised();

    static final List<Move> MOVES = List.of(
            move(Step.SOAN_THAO, SeedChain.DRAFTER, "submit", Step.TRUONG_PHONG_DUYET),
            move(Step.TRUONG_PHONG_DUYET, "tp." + SeedChain.AGENCY, "approve", Step.CHO_Y_KIEN),
            new Move(Step.CHO_Y_KIEN, "gd." + SeedChain.CONSULTED, "comment", "Bổ sung trách nhiệm của Công an tỉnh.",
                    null, List.of(), null, Step.TONG_HOP_Y_KIEN),
            new Move(Step.TONG_HOP_Y_KIEN, SeedChain.DRAFTER, "submit", "", REVISED,
                    List.of(new Reception(SeedChain.CONSULTED, true, "Đã bổ sung mục 3.")), null,
                    Step.LANH_DAO_SO_KY_TO_TRINH),
            move(Step.LANH_DAO_SO_KY_TO_TRINH, "pgd." + SeedChain.AGENCY, "sign", Step.VAN_THU_SO_CAP_SO),
            move(Step.VAN_THU_SO_CAP_SO, "vt." + SeedChain.AGENCY, "issue", Step.VP_UBND_THAM_DINH),
            move(Step.VP_UBND_THAM_DINH, "cv.ubnd", "approve", Step.CHANH_VAN_PHONG_DUYET),
            new Move(Step.CHANH_VAN_PHONG_DUYET, "cvp.ubnd", "approve", "", null, List.of(), "pct.ubnd",
                    Step.LANH_DAO_UBND_KY),
            move(Step.LANH_DAO_UBND_KY, "pct.ubnd", "sign", Step.VAN_THU_UBND_PHAT_HANH),
            move(Step.VAN_THU_UBND_PHAT_HANH, "vt.ubnd", "issue", null));

    /** The rows of a walk: the start, one per decision, and the sending. */
    static final List<String> STEPS = rows();

    private Walk() {
    }

    /** What the real chain's {@code chains} expressions answer, as the peer's process variables. */
    static Map<String, Object> peerVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("drafter", SeedChain.DRAFTER);
        variables.put("agency", SeedChain.AGENCY);
        variables.put("submissionSigner", "pgd." + SeedChain.AGENCY);
        variables.put("signer", "pct.ubnd");
        variables.put("consultedAgencies", new ArrayList<>(List.of(SeedChain.CONSULTED)));
        variables.put("consultationNeeded", true);
        // the boundary timers' dates, a week and six days away as a consultation of 5 working days would be
        long now = System.currentTimeMillis();
        variables.put("consultationDue", new Date(now + 7 * 86_400_000L));
        variables.put("reminderDue", new Date(now + 6 * 86_400_000L));
        return variables;
    }

    private static Move move(Step step, String user, String decision, Step next) {
        return new Move(step, user, decision, "", null, List.of(), null, next);
    }

    private static Map<String, Object> revised() {
        Map<String, Object> document = new HashMap<>(DOCUMENT);
        document.put("body", DOCUMENT.get("body")
                + "\n\n3. Công an tỉnh: Điều tra, xử lý nghiêm các vụ xâm hại trẻ em.");
        return Map.copyOf(document);
    }

    private static List<String> rows() {
        List<String> rows = new ArrayList<>();
        rows.add("draft created, chain started → " + Step.SOAN_THAO.id());
        for (Move m : MOVES) {
            rows.add(m.step().id() + ": " + m.decision() + " → "
                    + (m.next() == null ? "ISSUED (numbered, sealed, queued)" : m.next().id()));
        }
        rows.add("sent: outbox → the six Sở's inboxes");
        return List.copyOf(rows);
    }

    /** Records a walk row by row: wall time and the calling thread's render, check and signing clocks. */
    static final class Laps {

        private final Switches switches;
        private final List<long[]> rows = new ArrayList<>();
        private long last = System.nanoTime();
        private long[] before;

        Laps(Switches switches) {
            this.switches = switches;
            this.before = switches.mine();
        }

        /** Closes the current row. */
        void lap() {
            long now = System.nanoTime();
            long[] mine = switches.mine();
            long[] row = new long[1 + mine.length];
            row[0] = now - last;
            for (int i = 0; i < mine.length; i++) {
                row[1 + i] = mine[i] - before[i];
            }
            rows.add(row);
            last = now;
            before = mine;
        }

        long[][] all() {
            return rows.toArray(long[][]::new);
        }
    }
}
