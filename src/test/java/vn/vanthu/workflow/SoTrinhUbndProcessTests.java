package vn.vanthu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.vanthu.platform.Language;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;
import vn.vanthu.support.ChainDriver;
import vn.vanthu.support.CheckedPdfs;
import vn.vanthu.support.Drafts;
import vn.vanthu.support.PdfText;
import vn.vanthu.workflow.consultation.Consultations.Reception;
import vn.vanthu.workflow.drafting.Redline;
import vn.vanthu.workflow.drafting.Redlines;
import vn.vanthu.workflow.reading.Reading;
import vn.vanthu.workflow.reading.Views;

/** Process 2, a Sở drafting for UBND tỉnh with consultation (seed 002), path by path. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SoTrinhUbndProcessTests {

    static final String REVISED = "Thực hiện Kế hoạch số 42/KH-UBND ngày 11/3/2022 của UBND tỉnh, đề nghị các đơn vị"
            + " triển khai.\n\n1. Tăng cường công tác truyền thông về bảo vệ trẻ em.\n\n2. Sở Tư pháp hướng dẫn trợ giúp"
            + " pháp lý cho trẻ em.\n\n3. Báo cáo kết quả trước ngày 20/11/2022.";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ChainDriver chain;
    @Autowired
    Reading reading;
    @Autowired
    Versions versions;
    @Autowired
    Redlines redlines;
    @Autowired
    CheckedPdfs pdfs;

    @BeforeEach
    void engine() {
        init(engine);
    }

    private ProcessInstance reviewed(UUID id, List<String> consulted) {
        String pi = chain.start("cv.sldtbxh", id, "pgd.sldtbxh", consulted, 5);
        chain.decide("cv.sldtbxh", pi, Step.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi, Step.TRUONG_PHONG_DUYET, "approve", "");
        chain.runJobs();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult();
    }

    /** From the Sở's signature of its submission to the UBND leader's task (VP and Chánh VP approve). */
    private void toUbnd(ProcessInstance pi, String ubndSigner) {
        chain.decide("pgd.sldtbxh", pi.getId(), Step.LANH_DAO_SO_KY_TO_TRINH, "sign", "");
        chain.decide("vt.sldtbxh", pi.getId(), Step.VAN_THU_SO_CAP_SO, "issue", "");
        chain.runJobs();
        chain.decide("cv.ubnd", pi.getId(), Step.VP_UBND_THAM_DINH, "approve", "");
        Task cvp = chain.task(pi.getId(), Step.CHANH_VAN_PHONG_DUYET);
        chain.decide("cvp.ubnd", cvp.getId(), chain.request(cvp, "approve", "", null, List.of(), ubndSigner));
    }

    private Views.Detail detail(UUID id) {
        return reading.detail(id, "cv.sldtbxh", Language.VI);
    }

    @Test
    void aTaskAColleagueHasClaimedIsNoLongerOfferedToTheirGroup() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, Drafts.congVan("triển khai Báo cáo số 51/BC-ĐGS"));
        ProcessInstance pi = reviewed(id, List.of("stp"));
        String stpTask = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskCandidateGroup("stp-lanhdao").singleResult().getId();
        engine.getTaskService().claim(stpTask, "gd.stp"); // as the Tasklist does
        Task claimed = engine.getTaskService().createTaskQuery().taskId(stpTask).singleResult();
        assertThatThrownBy(() -> chain.decide("pgd.stp", stpTask, chain.seen(claimed, "agree", "")))
                .isInstanceOf(ChainProblem.NotYourTask.class);
        chain.decide("gd.stp", stpTask, chain.seen(claimed, "agree", ""));
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(stpTask).singleResult()
                .getAssignee()).isEqualTo("gd.stp");
    }

    @Test
    void consultedCommentAcceptedReachesTheTextAndUbndIssuesIt() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, Drafts.congVan("triển khai Báo cáo số 51/BC-ĐGS"));
        ProcessInstance pi = reviewed(id, List.of("stp", "syt"));
        assertThat(pi).isWaitingAt(Step.CHO_Y_KIEN.id());
        String stpTask = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskCandidateGroup("stp-lanhdao").singleResult().getId();
        Task stp = engine.getTaskService().createTaskQuery().taskId(stpTask).singleResult();
        assertThatThrownBy(() -> chain.decide("pgd.syt", stpTask, chain.seen(stp, "agree", "")))
                .isInstanceOf(ChainProblem.NotYourTask.class);
        chain.decide("pgd.stp", stpTask, chain.seen(stp, "comment", "Bổ sung trách nhiệm trợ giúp pháp lý."));
        chain.fireTimer(pi.getId(), Chains.NHAC_HAN);
        chain.fireTimer(pi.getId(), Chains.HET_HAN_Y_KIEN);
        assertThat(pi).isWaitingAt(Step.TONG_HOP_Y_KIEN.id());
        assertThat(detail(id).summary().state()).isEqualTo(DispatchState.COMPILING.name());
        assertThat(detail(id).consultations()).extracting(a -> a.agency() + ":" + a.answer() + ":" + a.answerLabel())
                .containsExactly("stp:COMMENTED:Có ý kiến",
                        "syt:NO_ANSWER:Không trả lời đúng hạn (coi như nhất trí, không có ý kiến)");

        // accepting the comment without changing the text is refused; the comment must reach the text
        Task compile = chain.task(pi.getId(), Step.TONG_HOP_Y_KIEN);
        List<Reception> accepted = List.of(new Reception("stp", true, "Đã bổ sung mục 2."));
        assertThatThrownBy(() -> chain.decide("cv.sldtbxh", compile.getId(),
                chain.request(compile, "submit", "", null, accepted, null)))
                .isInstanceOf(ChainProblem.AcceptedCommentsNotApplied.class);
        assertThatThrownBy(() -> chain.decide("cv.sldtbxh", compile.getId(),
                chain.request(compile, "submit", "", null, List.of(), null)))
                .isInstanceOf(ChainProblem.RequestRefused.class).hasMessageContaining("1 lỗi");
        chain.decide("cv.sldtbxh", compile.getId(), chain.request(compile, "submit", "",
                Drafts.withBody(Drafts.congVan("triển khai Báo cáo số 51/BC-ĐGS"), REVISED), accepted, null));
        chain.runJobs();

        // the Sở's leader is shown the submission letter for signature, the redline says what changed
        Task soSigns = chain.task(pi.getId(), Step.LANH_DAO_SO_KY_TO_TRINH);
        StoredVersion letter = chain.subject(soSigns);
        assertThat(letter.documentKind()).isEqualTo(DocumentKind.SUBMISSION.code());
        assertThat(pdfs.text(id, letter.version())).contains("V/v đề nghị ban hành Công văn", "KT. GIÁM ĐỐC",
                "Lương Thị Hồng Nhung", "bảng tổng hợp ý kiến").doesNotContain("DỰ THẢO");
        StoredVersion revised = versions.latest(id, "main").orElseThrow();
        List<Redline.Change> changes = redlines.compare(id, revised.version()).orElseThrow().changes();
        assertThat(changes).anySatisfy(c -> assertThat(c.segments()).anySatisfy(s -> {
            assertThat(s.op()).isEqualTo("insert");
            assertThat(s.text()).contains("Sở Tư pháp hướng dẫn trợ giúp pháp lý");
        }));
        byte[] comparison = redlines.pdf(id, revised.version(), "cv.sldtbxh");
        pdfs.assertTablePasses(comparison, "bảng so sánh");
        assertThat(PdfText.of(comparison).replaceAll("\\s+", " "))
                .contains("BẢNG SO SÁNH DỰ THẢO", "Dự thảo Công văn V/v triển khai Báo cáo số 51/BC-ĐGS");

        toUbnd(pi, "pct.ubnd");
        Task ubndSigns = chain.task(pi.getId(), Step.LANH_DAO_UBND_KY);
        assertThat(ubndSigns.getAssignee()).isEqualTo("pct.ubnd");
        assertThat(pdfs.text(id, chain.subject(ubndSigns).version())).contains("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                "Trần Thị Thu Hà").doesNotContain("DỰ THẢO");
        chain.decide("pct.ubnd", pi.getId(), Step.LANH_DAO_UBND_KY, "sign", "");
        chain.decide("vt.ubnd", pi.getId(), Step.VAN_THU_UBND_PHAT_HANH, "issue", "");
        chain.runJobs();
        assertThat(pi).isEnded().hasPassed(Chains.CAP_SO_TO_TRINH, Chains.LAP_BANG_TONG_HOP, Chains.CAP_SO_PHAT_HANH);

        Views.Detail done = detail(id);
        assertThat(done.summary().state()).isEqualTo(DispatchState.ISSUED.name());
        assertThat(done.summary().issuedSymbol()).matches("\\d{2,}/UBND-KGVX");
        assertThat(done.versions()).extracting(Views.Version::kind).contains("main", "submission",
                "consultation-summary");
        StoredVersion issued = versions.latest(id, "main").orElseThrow();
        assertThat(pdfs.text(id, issued.version())).contains("Số: " + done.summary().issuedSymbol(),
                "Sở Tư pháp hướng dẫn trợ giúp pháp lý", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        StoredVersion submission = versions.latest(id, "submission").orElseThrow();
        assertThat(pdfs.text(id, submission.version())).containsPattern("Số: \\d{2,}/SLĐTBXH-BTXH");
        pdfs.all(id);
        assertThat(done.history()).extracting(h -> h.step() + ":" + h.decision()).contains("dat-han-y-kien:consult",
                "cho-y-kien:comment", "het-han-y-kien:no-answer", "tong-hop-y-kien:submit",
                "chanh-van-phong-duyet:approve", "lanh-dao-ubnd-ky:sign", "van-thu-ubnd-phat-hanh:issue");
    }

    @Test
    void vanPhongUbndReturnsToTheSoAndTheNextSubmissionGetsItsOwnNumber() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, Drafts.congVan("phòng, chống xâm hại trẻ em"));
        ProcessInstance pi = reviewed(id, List.of());
        chain.decide("pgd.sldtbxh", pi.getId(), Step.LANH_DAO_SO_KY_TO_TRINH, "sign", "");
        chain.decide("vt.sldtbxh", pi.getId(), Step.VAN_THU_SO_CAP_SO, "issue", "");
        chain.runJobs();
        String first = detail(id).submission().get("number").toString();
        chain.decide("cv.ubnd", pi.getId(), Step.VP_UBND_THAM_DINH, "return", "Đề nghị Sở rà soát lại mục 5.");
        assertThat(pi).isWaitingAt(Step.SOAN_THAO.id());
        chain.decide("cv.sldtbxh", pi.getId(), Step.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi.getId(), Step.TRUONG_PHONG_DUYET, "approve", "");
        chain.decide("pgd.sldtbxh", pi.getId(), Step.LANH_DAO_SO_KY_TO_TRINH, "sign", "");
        chain.decide("vt.sldtbxh", pi.getId(), Step.VAN_THU_SO_CAP_SO, "issue", "");
        chain.runJobs();
        assertThat(pi).isWaitingAt(Step.VP_UBND_THAM_DINH.id());
        assertThat(detail(id).submission().get("number").toString()).isNotEqualTo(first);
        assertThat(reading.detail(id, "cv.ubnd", Language.VI).history()).extracting(Views.Decision::comment)
                .contains("Đề nghị Sở rà soát lại mục 5.");
    }

    @Test
    void headOfTheUbndOfficeReturnsToTheOfficesReviewerAndMustNameTheSigner() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, Drafts.congVan("chăm sóc trẻ em mồ côi"));
        ProcessInstance pi = reviewed(id, List.of());
        chain.decide("pgd.sldtbxh", pi.getId(), Step.LANH_DAO_SO_KY_TO_TRINH, "sign", "");
        chain.decide("vt.sldtbxh", pi.getId(), Step.VAN_THU_SO_CAP_SO, "issue", "");
        chain.runJobs();
        chain.decide("cv.ubnd", pi.getId(), Step.VP_UBND_THAM_DINH, "approve", "");
        chain.decide("cvp.ubnd", pi.getId(), Step.CHANH_VAN_PHONG_DUYET, "return", "Làm rõ kinh phí.");
        assertThat(pi).isWaitingAt(Step.VP_UBND_THAM_DINH.id());
        chain.decide("cv.ubnd", pi.getId(), Step.VP_UBND_THAM_DINH, "approve", "");
        Task cvp = chain.task(pi.getId(), Step.CHANH_VAN_PHONG_DUYET);
        assertThatThrownBy(() -> chain.decide("cvp.ubnd", cvp.getId(), chain.seen(cvp, "approve", "")))
                .isInstanceOf(ChainProblem.DecisionRefused.class).hasMessageContaining("lãnh đạo UBND");
        assertThatThrownBy(() -> chain.decide("cvp.ubnd", cvp.getId(),
                chain.request(cvp, "approve", "", null, List.of(), "gd.sldtbxh")))
                .isInstanceOf(ChainProblem.DecisionRefused.class).hasMessageContaining("Chủ tịch");
        chain.decide("cvp.ubnd", cvp.getId(), chain.request(cvp, "approve", "", null, List.of(), "ct.ubnd"));
        Task signing = chain.task(pi.getId(), Step.LANH_DAO_UBND_KY);
        assertThat(signing.getAssignee()).isEqualTo("ct.ubnd");
        assertThat(pdfs.text(id, chain.subject(signing).version())).contains("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                "Lê Minh Quang");
    }

    @Test
    void everyReviewAndSignatureStepCanReturnTheDraftToTheDrafter() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, Drafts.congVan("hỗ trợ trẻ em vùng lũ"));
        ProcessInstance pi = reviewed(id, List.of());
        chain.decide("pgd.sldtbxh", pi.getId(), Step.LANH_DAO_SO_KY_TO_TRINH, "return", "Rút gọn phần mở đầu.");
        assertThat(pi).isWaitingAt(Step.SOAN_THAO.id());
        chain.decide("cv.sldtbxh", pi.getId(), Step.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi.getId(), Step.TRUONG_PHONG_DUYET, "approve", "");
        toUbnd(pi, "ct.ubnd");
        chain.decide("ct.ubnd", pi.getId(), Step.LANH_DAO_UBND_KY, "return", "Bổ sung trách nhiệm của Công an tỉnh.");
        assertThat(pi).isWaitingAt(Step.SOAN_THAO.id());
        assertThat(detail(id).history()).extracting(h -> h.step() + ":" + h.decision())
                .contains("lanh-dao-so-ky-to-trinh:return", "lanh-dao-ubnd-ky:return");
        assertThat(detail(id).summary().state()).isEqualTo(DispatchState.DRAFTING.name());
    }

    @Test
    void ubndLeaderRefusesToSign() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, Drafts.congVan("đề xuất chưa chín muồi"));
        ProcessInstance pi = reviewed(id, List.of());
        toUbnd(pi, "ct.ubnd");
        chain.decide("ct.ubnd", pi.getId(), Step.LANH_DAO_UBND_KY, "reject", "Chưa đủ cơ sở ban hành.");
        assertThat(pi).isEnded().hasPassed("khong-ban-hanh");
        assertThat(detail(id).summary().state()).isEqualTo(DispatchState.REJECTED.name());
    }

    @Test
    void aStartThatNamesBadAgenciesOrDeadlinesIsRefusedFieldByField() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, Drafts.congVan("xin ý kiến sai"));
        for (int days : new int[] {0, -3, 100_000_000}) {
            assertThatThrownBy(() -> chain.start("cv.sldtbxh", id, null, List.of("stp"), days))
                    .isInstanceOfSatisfying(ChainProblem.RequestRefused.class, e -> assertThat(e.errors())
                            .extracting(x -> x.field()).containsExactly("consultationDays"));
        }
        assertThatThrownBy(() -> chain.start("cv.sldtbxh", id, "gd.stp", List.of("stp", "stp", "khong-co",
                "sldtbxh"), 5)).isInstanceOfSatisfying(ChainProblem.RequestRefused.class, e -> assertThat(e.errors())
                .extracting(x -> x.field()).containsExactly("signer", "consulted[1]", "consulted[2]", "consulted[3]"));
        // an empty entry (null in the JSON) is named like any other bad agency, not a server error
        assertThatThrownBy(() -> chain.start("cv.sldtbxh", id, null, java.util.Arrays.asList("stp", null), 5))
                .isInstanceOfSatisfying(ChainProblem.RequestRefused.class, e -> assertThat(e.errors())
                .extracting(x -> x.field()).containsExactly("consulted[1]"));
        assertThat(detail(id).summary().state()).isEqualTo(DispatchState.DRAFTING.name());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id.toString())
                .count()).isZero();
    }
}
