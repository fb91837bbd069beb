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
import vn.vanthu.workflow.dispatch.History;
import vn.vanthu.workflow.reading.Reading;
import vn.vanthu.workflow.reading.Views;
import vn.vanthu.workflow.tasks.Decisions;

/** Process 1, a Sở issuing its own Công văn (seed 004), path by path on the real engine and database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SoBanHanhProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ChainDriver chain;
    @Autowired
    Reading reading;
    @Autowired
    Versions versions;
    @Autowired
    History history;
    @Autowired
    CheckedPdfs pdfs;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void everyBeanTheBpmnCallsExists() {
        assertThat(Chains.BEANS).allSatisfy(name -> assertThat(context.containsBean(name)).as(name).isTrue());
    }

    @BeforeEach
    void engine() {
        init(engine);
    }

    private ProcessInstance started(UUID id, String signer) {
        String pi = chain.start("cv.sldtbxh", id, signer, List.of(), 5);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult();
    }

    private Views.Detail detail(UUID id) {
        return reading.detail(id, "cv.sldtbxh", Language.VI);
    }

    @Test
    void happyPathSignsTheCopyShownAndIssuesItWithANumber() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_BAN_HANH, Drafts.congVan("hướng dẫn nhiệm vụ trọng tâm năm 2026"));
        ProcessInstance pi = started(id, "pgd.sldtbxh");
        assertThat(pi).isWaitingAt(Step.SOAN_THAO.id());
        chain.decide("cv.sldtbxh", pi.getId(), Step.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi.getId(), Step.TRUONG_PHONG_DUYET, "approve", "");
        assertThat(pi).isWaitingAt(Step.LANH_DAO_SO_KY.id());

        // the copy for signature exists before the signer acts: the signer's own block, no DỰ THẢO, blanks
        Task signing = chain.task(pi.getId(), Step.LANH_DAO_SO_KY);
        assertThat(signing.getAssignee()).isEqualTo("pgd.sldtbxh");
        StoredVersion shown = chain.subject(signing);
        assertThat(shown.mode()).isEqualTo("FOR_SIGNATURE");
        assertThat(shown.step()).isEqualTo(Step.LANH_DAO_SO_KY.id());
        assertThat(pdfs.text(id, shown.version())).contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lương Thị Hồng Nhung")
                .doesNotContain("DỰ THẢO");

        chain.decide("pgd.sldtbxh", signing.getId(), chain.seen(signing, "sign", ""));
        chain.decide("vt.sldtbxh", pi.getId(), Step.VAN_THU_SO_PHAT_HANH, "issue", "");
        chain.runJobs();
        assertThat(pi).hasPassed(Chains.CAP_SO_PHAT_HANH).isEnded();

        Views.Detail done = detail(id);
        assertThat(done.summary().state()).isEqualTo(DispatchState.ISSUED.name());
        assertThat(done.summary().issuedSymbol()).matches("\\d{2,}/SLĐTBXH-BTXH");
        List<StoredVersion> stored = versions.list(id);
        StoredVersion issued = stored.get(stored.size() - 1);
        assertThat(issued.mode()).isEqualTo("FINAL");
        assertThat(issued.contentSha256()).isEqualTo(shown.contentSha256());
        assertThat(pdfs.text(id, issued.version())).contains("Số: " + done.summary().issuedSymbol())
                .contains("Lương Thị Hồng Nhung", "KT. GIÁM ĐỐC").doesNotContain("DỰ THẢO");
        assertThat(pdfs.all(id)).isEqualTo(stored.size());
        // the signature is recorded with the hash of the very PDF the signer was shown
        assertThat(history.of(id)).filteredOn(e -> e.decision().equals("sign")).singleElement()
                .satisfies(e -> assertThat(e.versionSha256()).isEqualTo(shown.pdfSha256()));
        assertThat(done.history()).extracting(Views.Decision::decision).containsExactly("submit", "approve", "sign",
                "issue");
    }

    @Test
    void reviewerReturnsWithACommentAndTheLoopRepeats() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_BAN_HANH, Drafts.congVan("tăng cường công tác trẻ em"));
        ProcessInstance pi = started(id, null);
        chain.decide("cv.sldtbxh", pi.getId(), Step.SOAN_THAO, "submit", "");
        assertThatThrownBy(() -> chain.decide("tp.sldtbxh", pi.getId(), Step.TRUONG_PHONG_DUYET, "return", " "))
                .isInstanceOf(ChainProblem.DecisionRefused.class).hasMessageContaining("ghi rõ ý kiến");
        chain.decide("tp.sldtbxh", pi.getId(), Step.TRUONG_PHONG_DUYET, "return", "Bổ sung căn cứ pháp lý.");
        assertThat(pi).isWaitingAt(Step.SOAN_THAO.id());
        assertThat(detail(id).summary().state()).isEqualTo(DispatchState.DRAFTING.name());
        chain.decide("cv.sldtbxh", pi.getId(), Step.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi.getId(), Step.TRUONG_PHONG_DUYET, "approve", "");
        assertThat(chain.task(pi.getId(), Step.LANH_DAO_SO_KY).getAssignee()).isEqualTo("gd.sldtbxh");
        chain.decide("gd.sldtbxh", pi.getId(), Step.LANH_DAO_SO_KY, "return", "Sửa lại trích yếu.");
        assertThat(pi).isWaitingAt(Step.SOAN_THAO.id());
        assertThat(detail(id).history()).extracting(Views.Decision::comment)
                .contains("Bổ sung căn cứ pháp lý.", "Sửa lại trích yếu.");
    }

    @Test
    void theClerkReturnsTheSignedTextToItsSignerWhoSignsAFreshCopy() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_BAN_HANH, Drafts.congVan("ký lại khi sang tháng mới"));
        ProcessInstance pi = started(id, "gd.sldtbxh");
        chain.decide("cv.sldtbxh", pi.getId(), Step.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi.getId(), Step.TRUONG_PHONG_DUYET, "approve", "");
        chain.decide("gd.sldtbxh", pi.getId(), Step.LANH_DAO_SO_KY, "sign", "");
        StoredVersion firstSigned = chain.subject(chain.task(pi.getId(), Step.VAN_THU_SO_PHAT_HANH));

        chain.decide("vt.sldtbxh", pi.getId(), Step.VAN_THU_SO_PHAT_HANH, "return", "Văn bản ký tháng trước, đề nghị ký lại.");
        assertThat(pi).isWaitingAt(Step.LANH_DAO_SO_KY.id());
        assertThat(detail(id).summary().state()).isEqualTo(DispatchState.AWAITING_SIGNATURE.name());
        // a new copy for signature, dated this month, for the same signer
        Task again = chain.task(pi.getId(), Step.LANH_DAO_SO_KY);
        assertThat(again.getAssignee()).isEqualTo("gd.sldtbxh");
        StoredVersion fresh = chain.subject(again);
        assertThat(fresh.mode()).isEqualTo("FOR_SIGNATURE");
        assertThat(fresh.version()).isGreaterThan(firstSigned.version());
        int month = java.time.LocalDate.now(vn.vanthu.workflow.dispatch.Documents.VIETNAM).getMonthValue();
        assertThat(pdfs.text(id, fresh.version())).contains("tháng " + (month < 3 ? "0" + month : month) + " năm");

        chain.decide("gd.sldtbxh", again.getId(), chain.seen(again, "sign", ""));
        chain.decide("vt.sldtbxh", pi.getId(), Step.VAN_THU_SO_PHAT_HANH, "issue", "");
        chain.runJobs();
        assertThat(pi).isEnded();
        assertThat(detail(id).history()).extracting(Views.Decision::decision).containsExactly("submit", "approve",
                "sign", "return", "sign", "issue");
    }

    @Test
    void signerMayRefuseToSignAndTheChainEnds() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_BAN_HANH, Drafts.congVan("đề xuất không phù hợp"));
        ProcessInstance pi = started(id, "gd.sldtbxh");
        chain.decide("cv.sldtbxh", pi.getId(), Step.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi.getId(), Step.TRUONG_PHONG_DUYET, "approve", "");
        chain.decide("gd.sldtbxh", pi.getId(), Step.LANH_DAO_SO_KY, "reject", "Chưa cần thiết ban hành.");
        assertThat(pi).isEnded().hasPassed("khong-ban-hanh");
        assertThat(detail(id).summary().state()).isEqualTo(DispatchState.REJECTED.name());
    }

    @Test
    void onlyTheChosenSignerSignsAndOnlyTheCopyShown() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_BAN_HANH, Drafts.congVan("phân công nhiệm vụ"));
        ProcessInstance pi = started(id, "pgd.sldtbxh");
        chain.decide("cv.sldtbxh", pi.getId(), Step.SOAN_THAO, "submit", "");
        Task review = chain.task(pi.getId(), Step.TRUONG_PHONG_DUYET);
        Decisions.Request reviewedDraft = chain.seen(review, "approve", "");
        chain.decide("tp.sldtbxh", review.getId(), reviewedDraft);
        Task signing = chain.task(pi.getId(), Step.LANH_DAO_SO_KY);
        for (String other : List.of("gd.stp", "gd.sldtbxh", "tp.sldtbxh", "cv.sldtbxh")) {
            assertThatThrownBy(() -> chain.decide(other, signing.getId(), chain.seen(signing, "sign", "")))
                    .as(other).isInstanceOf(ChainProblem.NotYourTask.class);
        }
        // signing "the draft the reviewer saw" is signing another version than the copy for signature
        Decisions.Request stale = new Decisions.Request("sign", "", reviewedDraft.versionSha256(),
                reviewedDraft.version(), null, List.of(), null, ChainDriver.DEMO_PIN);
        assertThatThrownBy(() -> chain.decide("pgd.sldtbxh", signing.getId(), stale))
                .isInstanceOf(ChainProblem.VersionChanged.class);
        assertThatThrownBy(() -> chain.decide("pgd.sldtbxh", signing.getId(),
                new Decisions.Request("sign", "", null, null, null, List.of(), null, ChainDriver.DEMO_PIN)))
                .isInstanceOf(ChainProblem.DecisionRefused.class).hasMessageContaining("phiên bản");
        assertThatThrownBy(() -> reading.detail(id, "cv.stp", Language.VI))
                .isInstanceOf(ChainProblem.NotYourAgency.class);
        assertThat(pi).isWaitingAt(Step.LANH_DAO_SO_KY.id());
    }

    @Test
    void aTaskCompletesOnlyThroughVanthusOwnDecision() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_BAN_HANH, Drafts.congVan("hoàn thành ngoài vanthu"));
        ProcessInstance pi = started(id, null);
        Task task = chain.task(pi.getId(), Step.SOAN_THAO);
        // what a client of the engine's REST API would do: complete with variables of its own
        assertThatThrownBy(() -> chain.as("cv.sldtbxh", () -> {
            engine.getTaskService().complete(task.getId(), java.util.Map.of("decision", "submit",
                    "dispatchId", UUID.randomUUID().toString()));
            return null;
        })).hasMessageContaining("chỉ hoàn thành được qua vanthu");
        assertThat(pi).isWaitingAt(Step.SOAN_THAO.id());
        assertThat(history.of(id)).isEmpty();
    }
}
