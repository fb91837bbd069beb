package vn.vanthu.workflow.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vanthu.workflow.DispatchState.AWAITING_SIGNATURE;
import static vn.vanthu.workflow.DispatchState.AWAITING_UBND_SIGNATURE;
import static vn.vanthu.workflow.DispatchState.COMPILING;
import static vn.vanthu.workflow.DispatchState.CONSULTING;
import static vn.vanthu.workflow.DispatchState.DRAFTING;
import static vn.vanthu.workflow.DispatchState.IN_REVIEW;
import static vn.vanthu.workflow.DispatchState.ISSUED;
import static vn.vanthu.workflow.DispatchState.OFFICE_REVIEW;
import static vn.vanthu.workflow.DispatchState.REJECTED;
import static vn.vanthu.workflow.DispatchState.SIGNED;
import static vn.vanthu.workflow.DispatchState.SUBMISSION_SIGNED;
import static vn.vanthu.workflow.DispatchState.SUBMITTED;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.workflow.ChainProblem.ChainAlreadyStarted;
import vn.vanthu.workflow.ChainProblem.DispatchNotInDraft;
import vn.vanthu.workflow.ChainProblem.NotInThatState;
import vn.vanthu.workflow.ChainProblem.NotTheDrafter;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.DispatchState;

/**
 * Every transition of the dispatch tried from every state it can reach, in both chains: the lifecycle written
 * out here, apart from the guards in {@link DispatchCase}, must agree with them move for move, and a refused
 * move leaves the case as it was.
 */
class DispatchCaseTests {

    private static final String DRAFTER = "cv.sldtbxh";
    private static final Dispatch TEXT = read("examples/004-cong-van-so-ldtbxh-hung-yen.yaml");
    private static final Dispatch OTHER = read("examples/002a-cong-van-so-ldtbxh-dak-lak.yaml");

    /** Each state-guarded move, by name, with where it leads from each state that allows it. */
    private static final Map<String, Consumer<DispatchCase>> MOVES = new LinkedHashMap<>();
    private static final Map<String, Map<DispatchState, DispatchState>> LEADS = new LinkedHashMap<>();

    static {
        move("submittedForReview", DispatchCase::submittedForReview, Map.of(DRAFTING, IN_REVIEW));
        move("returned", DispatchCase::returned, Map.of(IN_REVIEW, DRAFTING, CONSULTING, DRAFTING,
                AWAITING_SIGNATURE, DRAFTING, SUBMITTED, DRAFTING, OFFICE_REVIEW, DRAFTING,
                AWAITING_UBND_SIGNATURE, DRAFTING));
        move("consulting", DispatchCase::consulting, Map.of(IN_REVIEW, CONSULTING));
        move("compiling", DispatchCase::compiling, Map.of(CONSULTING, COMPILING));
        move("awaitingSignature", DispatchCase::awaitingSignature,
                Map.of(IN_REVIEW, AWAITING_SIGNATURE, COMPILING, AWAITING_SIGNATURE));
        move("submissionPrepared", c -> c.submissionPrepared(OTHER), Map.of(AWAITING_SIGNATURE, AWAITING_SIGNATURE));
        move("submissionSigned", DispatchCase::submissionSigned, Map.of(AWAITING_SIGNATURE, SUBMISSION_SIGNED));
        move("submittedToUbnd", c -> c.submittedToUbnd(OTHER), Map.of(SUBMISSION_SIGNED, SUBMITTED));
        move("officeReview", DispatchCase::officeReview, Map.of(SUBMITTED, OFFICE_REVIEW));
        move("backToOfficeReviewer", DispatchCase::backToOfficeReviewer, Map.of(OFFICE_REVIEW, SUBMITTED));
        move("awaitingUbndSignature", c -> c.awaitingUbndSignature("pct.ubnd"),
                Map.of(OFFICE_REVIEW, AWAITING_UBND_SIGNATURE));
        move("preparedForSignature", c -> c.preparedForSignature(OTHER),
                Map.of(AWAITING_SIGNATURE, AWAITING_SIGNATURE, AWAITING_UBND_SIGNATURE, AWAITING_UBND_SIGNATURE));
        move("signed", DispatchCase::signed, Map.of(AWAITING_SIGNATURE, SIGNED, AWAITING_UBND_SIGNATURE, SIGNED));
        move("issued", c -> c.issued(OTHER, "12/UBND-VX", LocalDate.of(2026, 12, 1)), Map.of(SIGNED, ISSUED));
        move("rejected", DispatchCase::rejected,
                Map.of(AWAITING_SIGNATURE, REJECTED, AWAITING_UBND_SIGNATURE, REJECTED));
        // the văn thư's return goes to whoever signed: in the UBND chain a signed text is UBND's leader's
        move("backToSigner", DispatchCase::backToSigner,
                Map.of(SUBMISSION_SIGNED, AWAITING_SIGNATURE, SIGNED, AWAITING_SIGNATURE));
    }

    @Test
    void everyMoveFromEveryStateOfTheSoChain() {
        assertMatrix(Chains.SO_BAN_HANH, Map.of());
    }

    @Test
    void everyMoveFromEveryStateOfTheUbndChain() {
        assertMatrix(Chains.SO_TRINH_UBND, Map.of("backToSigner", Map.of(SIGNED, AWAITING_UBND_SIGNATURE)));
    }

    @Test
    void onlyTheDrafterEditsAndOnlyWhileTheDraftIsTheirs() {
        Map<DispatchState, DispatchCase> cases = reachable(Chains.SO_TRINH_UBND);
        for (var entry : cases.entrySet()) {
            DispatchCase c = entry.getValue();
            assertThatThrownBy(() -> c.edit("cv.stp", OTHER)).isInstanceOf(NotTheDrafter.class);
            if (entry.getKey() == DRAFTING || entry.getKey() == COMPILING) {
                c.edit(DRAFTER, OTHER);
                assertThat(c.document()).isSameAs(OTHER);
            } else {
                Dispatch before = c.document();
                assertThatThrownBy(() -> c.edit(DRAFTER, OTHER)).isInstanceOf(DispatchNotInDraft.class);
                assertThat(c.document()).isSameAs(before);
            }
            assertThat(c.state()).isEqualTo(entry.getKey());
        }
    }

    @Test
    void aChainStartsOnceFromADraftAndItsSignersAreChosenBefore() {
        DispatchCase c = DispatchCase.draft("sldtbxh", DRAFTER, Chains.SO_BAN_HANH, TEXT);
        c.signersChosen("gd.sldtbxh", null);
        c.started("process-1");
        assertThat(c.processInstanceId()).isEqualTo("process-1");
        assertThatThrownBy(() -> c.started("process-2")).isInstanceOf(ChainAlreadyStarted.class);
        assertThatThrownBy(() -> c.signersChosen("pgd.sldtbxh", null)).isInstanceOf(ChainAlreadyStarted.class);
        assertThat(c.processInstanceId()).isEqualTo("process-1");
        assertThat(c.signer()).isEqualTo("gd.sldtbxh");

        DispatchCase inReview = DispatchCase.draft("sldtbxh", DRAFTER, Chains.SO_BAN_HANH, TEXT);
        inReview.submittedForReview();
        assertThatThrownBy(() -> inReview.started("process-3")).isInstanceOf(NotInThatState.class);
        assertThat(inReview.processInstanceId()).isNull();
    }

    @Test
    void theIssueRecordsTheNumberTheDateAndTheIssuedText() {
        DispatchCase c = reachable(Chains.SO_BAN_HANH).get(SIGNED);
        c.issued(OTHER, "12/SLĐTBXH-VP", LocalDate.of(2026, 12, 1));
        assertThat(c.document()).isSameAs(OTHER);
        assertThat(c.issuedSymbol()).isEqualTo("12/SLĐTBXH-VP");
        assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(c.issuerId("ubnd")).isEqualTo("sldtbxh");
        assertThat(reachable(Chains.SO_TRINH_UBND).get(SIGNED).issuerId("ubnd")).isEqualTo("ubnd");
    }

    private static void assertMatrix(String chain, Map<String, Map<DispatchState, DispatchState>> chainLeads) {
        Map<DispatchState, DispatchCase> reached = reachable(chain);
        for (var move : MOVES.entrySet()) {
            Map<DispatchState, DispatchState> leads = chainLeads.getOrDefault(move.getKey(), Map.of());
            for (DispatchState from : reached.keySet()) {
                DispatchCase c = reachable(chain).get(from);
                DispatchState to = leads.getOrDefault(from, LEADS.get(move.getKey()).get(from));
                String what = chain + ": " + move.getKey() + " from " + from;
                if (to != null) {
                    move.getValue().accept(c);
                    assertThat(c.state()).as(what).isEqualTo(to);
                } else {
                    Dispatch text = c.document();
                    Dispatch letter = c.submission();
                    assertThatThrownBy(() -> move.getValue().accept(c)).as(what).isInstanceOf(NotInThatState.class);
                    assertThat(c.state()).as(what).isEqualTo(from);
                    assertThat(c.document()).as(what).isSameAs(text);
                    assertThat(c.submission()).as(what).isSameAs(letter);
                }
            }
        }
    }

    /** A case in each state the chain can reach, each walked there through the named transitions. */
    private static Map<DispatchState, DispatchCase> reachable(String chain) {
        boolean ubnd = Chains.SO_TRINH_UBND.equals(chain);
        Map<DispatchState, List<Consumer<DispatchCase>>> paths = new EnumMap<>(DispatchState.class);
        List<Consumer<DispatchCase>> review = List.of(DispatchCase::submittedForReview);
        List<Consumer<DispatchCase>> consulted = List.of(DispatchCase::submittedForReview, DispatchCase::consulting);
        List<Consumer<DispatchCase>> toSign = List.of(DispatchCase::submittedForReview, DispatchCase::consulting,
                DispatchCase::compiling, DispatchCase::awaitingSignature);
        paths.put(DRAFTING, List.of());
        paths.put(IN_REVIEW, review);
        paths.put(CONSULTING, consulted);
        paths.put(COMPILING, toSign.subList(0, 3));
        paths.put(AWAITING_SIGNATURE, toSign);
        paths.put(REJECTED, then(toSign, DispatchCase::rejected));
        if (ubnd) {
            List<Consumer<DispatchCase>> submitted = then(then(toSign, c -> c.submissionPrepared(OTHER),
                    DispatchCase::submissionSigned), c -> c.submittedToUbnd(OTHER));
            List<Consumer<DispatchCase>> office = then(submitted, DispatchCase::officeReview);
            List<Consumer<DispatchCase>> ubndSign = then(office, c -> c.awaitingUbndSignature("pct.ubnd"));
            paths.put(SUBMISSION_SIGNED, submitted.subList(0, submitted.size() - 1));
            paths.put(SUBMITTED, submitted);
            paths.put(OFFICE_REVIEW, office);
            paths.put(AWAITING_UBND_SIGNATURE, ubndSign);
            paths.put(SIGNED, then(ubndSign, DispatchCase::signed));
        } else {
            paths.put(SIGNED, then(toSign, DispatchCase::signed));
        }
        paths.put(ISSUED, then(paths.get(SIGNED), c -> c.issued(TEXT, "1/X", LocalDate.of(2026, 12, 1))));
        Map<DispatchState, DispatchCase> cases = new EnumMap<>(DispatchState.class);
        paths.forEach((state, path) -> {
            DispatchCase c = DispatchCase.draft("sldtbxh", DRAFTER, chain, TEXT);
            path.forEach(step -> step.accept(c));
            assertThat(c.state()).as(chain + " walked to " + state).isEqualTo(state);
            cases.put(state, c);
        });
        assertThat(cases.keySet()).as("every state of the " + chain + " chain is reached")
                .hasSize(ubnd ? DispatchState.values().length : DispatchState.values().length - 4);
        return cases;
    }

    @SafeVarargs
    private static List<Consumer<DispatchCase>> then(List<Consumer<DispatchCase>> path,
            Consumer<DispatchCase>... more) {
        return Stream.concat(path.stream(), Arrays.stream(more)).toList();
    }

    private static void move(String name, Consumer<DispatchCase> action, Map<DispatchState, DispatchState> leads) {
        MOVES.put(name, action);
        LEADS.put(name, leads);
    }

    private static Dispatch read(String file) {
        return DispatchReader.read(Path.of(file));
    }
}
