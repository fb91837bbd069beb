package vn.vanthu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.vanthu.registry.StoredVersion;

/** Process 2, a Sở drafting for UBND tỉnh with consultation (seed 002), path by path. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SoTrinhUbndProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ChainDriver chain;
    @Autowired
    Reading reading;
    @Autowired
    StoredPdfs pdfs;

    @BeforeEach
    void engine() {
        init(engine);
    }

    private ProcessInstance toSigning(UUID id, List<String> consulted) {
        String pi = chain.start("cv.sldtbxh", id, consulted, 5);
        chain.decide("cv.sldtbxh", pi, Chains.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi, Chains.TRUONG_PHONG_DUYET, "approve", "");
        chain.runJobs();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult();
    }

    @Test
    void consultationWithOneEarlyAndOneLateAnswerThenUbndIssues() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, ChainDriver.congVan("triển khai Báo cáo số 51/BC-ĐGS"));
        ProcessInstance pi = toSigning(id, List.of("stp", "syt"));
        assertThat(pi).isWaitingAt(Chains.CHO_Y_KIEN);
        String stpTask = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskCandidateGroup("stp-lanhdao").singleResult().getId();
        chain.decide("pgd.stp", stpTask, "comment", "Bổ sung trách nhiệm trợ giúp pháp lý.", Map.of());
        chain.fireTimer(pi.getId(), Chains.NHAC_HAN);
        chain.fireTimer(pi.getId(), Chains.HET_HAN_Y_KIEN);
        assertThat(pi).isWaitingAt(Chains.TONG_HOP_Y_KIEN);
        Reading.Detail consulted = reading.detail(id, "cv.sldtbxh");
        assertThat(consulted.consultations()).extracting(c -> c.get("agency") + ":" + c.get("answer"))
                .containsExactly("stp:COMMENTED", "syt:NO_ANSWER");

        chain.decide("cv.sldtbxh", chain.task(pi.getId(), Chains.TONG_HOP_Y_KIEN).getId(), "submit", "",
                Map.of("explanations", "[{\"agency\":\"stp\",\"accepted\":true,\"explanation\":\"Đã bổ sung mục 2.\"}]"));
        chain.runJobs();
        chain.decide("pgd.sldtbxh", pi.getId(), Chains.LANH_DAO_SO_KY_TO_TRINH, "sign", "");
        chain.decide("vt.sldtbxh", pi.getId(), Chains.VAN_THU_SO_CAP_SO, "issue", "");
        chain.runJobs();
        chain.decide("cv.ubnd", pi.getId(), Chains.VP_UBND_THAM_DINH, "approve", "");
        chain.decide("pct.ubnd", pi.getId(), Chains.LANH_DAO_UBND_KY, "sign", "");
        chain.decide("vt.ubnd", pi.getId(), Chains.VAN_THU_UBND_PHAT_HANH, "issue", "");
        chain.runJobs();
        assertThat(pi).isEnded().hasPassed(Chains.CAP_SO_TO_TRINH, Chains.LAP_BANG_TONG_HOP, Chains.CAP_SO_PHAT_HANH);

        Reading.Detail done = reading.detail(id, "cv.sldtbxh");
        assertThat(done.summary().state()).isEqualTo(DispatchState.ISSUED);
        assertThat(done.summary().issuedSymbol()).matches("\\d{2,}/UBND-KGVX");
        List<StoredVersion> versions = done.versions();
        assertThat(versions).extracting(StoredVersion::documentKind)
                .contains("main", "submission", "consultation-summary");
        StoredVersion submission = versions.stream().filter(v -> v.documentKind().equals("submission")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(pdfs.checkedText(id, submission.version())).containsPattern("Số: \\d{2,}/SLĐTBXH-BTXH")
                .contains("V/v đề nghị ban hành Công văn", "KT. GIÁM ĐỐC");
        StoredVersion last = versions.get(versions.size() - 1);
        assertThat(pdfs.checkedText(id, last.version())).contains("Số: " + done.summary().issuedSymbol(),
                "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "ỦY BAN NHÂN DÂN");
        versions.stream().filter(v -> !v.documentKind().equals("consultation-summary"))
                .forEach(v -> pdfs.checkedText(id, v.version()));
        assertThat(done.history()).extracting(h -> h.get("step") + ":" + h.get("decision")).contains(
                "cho-y-kien:comment", "het-han-y-kien:no-answer", "lanh-dao-ubnd-ky:sign", "van-thu-ubnd-phat-hanh:issue");
    }

    @Test
    void vanPhongUbndReturnsToTheSoAndTheNumberedSubmissionIsKept() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, ChainDriver.congVan("phòng, chống xâm hại trẻ em"));
        ProcessInstance pi = toSigning(id, List.of());
        chain.decide("gd.sldtbxh", pi.getId(), Chains.LANH_DAO_SO_KY_TO_TRINH, "sign", "");
        chain.decide("vt.sldtbxh", pi.getId(), Chains.VAN_THU_SO_CAP_SO, "issue", "");
        chain.runJobs();
        chain.decide("cv.ubnd", pi.getId(), Chains.VP_UBND_THAM_DINH, "return", "Đề nghị Sở rà soát lại mục 5.");
        assertThat(pi).isWaitingAt(Chains.SOAN_THAO);
        chain.decide("cv.sldtbxh", pi.getId(), Chains.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi.getId(), Chains.TRUONG_PHONG_DUYET, "approve", "");
        chain.runJobs();
        chain.decide("gd.sldtbxh", pi.getId(), Chains.LANH_DAO_SO_KY_TO_TRINH, "sign", "");
        assertThat(pi).isWaitingAt(Chains.VP_UBND_THAM_DINH);
        assertThat(reading.detail(id, "cv.ubnd").history()).extracting(h -> h.get("comment"))
                .contains("Đề nghị Sở rà soát lại mục 5.");
    }

    @Test
    void everyReviewAndSignatureStepCanReturnTheDraftToTheDrafter() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, ChainDriver.congVan("chăm sóc trẻ em mồ côi"));
        String pi = chain.start("cv.sldtbxh", id, List.of(), 5);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi)
                .singleResult();
        chain.decide("cv.sldtbxh", pi, Chains.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi, Chains.TRUONG_PHONG_DUYET, "return", "Thiếu số liệu năm 2025.");
        assertThat(instance).isWaitingAt(Chains.SOAN_THAO);
        chain.decide("cv.sldtbxh", pi, Chains.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi, Chains.TRUONG_PHONG_DUYET, "approve", "");
        chain.decide("gd.sldtbxh", pi, Chains.LANH_DAO_SO_KY_TO_TRINH, "return", "Rút gọn phần mở đầu.");
        assertThat(instance).isWaitingAt(Chains.SOAN_THAO);
        chain.decide("cv.sldtbxh", pi, Chains.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi, Chains.TRUONG_PHONG_DUYET, "approve", "");
        chain.decide("gd.sldtbxh", pi, Chains.LANH_DAO_SO_KY_TO_TRINH, "sign", "");
        chain.decide("vt.sldtbxh", pi, Chains.VAN_THU_SO_CAP_SO, "issue", "");
        chain.runJobs();
        chain.decide("cv.ubnd", pi, Chains.VP_UBND_THAM_DINH, "approve", "");
        chain.decide("ct.ubnd", pi, Chains.LANH_DAO_UBND_KY, "return", "Bổ sung trách nhiệm của Công an tỉnh.");
        assertThat(instance).isWaitingAt(Chains.SOAN_THAO);
        assertThat(reading.detail(id, "cv.sldtbxh").history()).extracting(h -> h.get("step") + ":" + h.get("decision"))
                .contains("truong-phong-duyet:return", "lanh-dao-so-ky-to-trinh:return", "lanh-dao-ubnd-ky:return");
        assertThat(reading.detail(id, "cv.sldtbxh").summary().state()).isEqualTo(DispatchState.DRAFTING);
    }

    @Test
    void ubndLeaderRefusesToSign() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_TRINH_UBND, ChainDriver.congVan("đề xuất chưa chín muồi"));
        ProcessInstance pi = toSigning(id, List.of());
        chain.decide("gd.sldtbxh", pi.getId(), Chains.LANH_DAO_SO_KY_TO_TRINH, "sign", "");
        chain.decide("vt.sldtbxh", pi.getId(), Chains.VAN_THU_SO_CAP_SO, "issue", "");
        chain.runJobs();
        chain.decide("cv.ubnd", pi.getId(), Chains.VP_UBND_THAM_DINH, "approve", "");
        chain.decide("ct.ubnd", pi.getId(), Chains.LANH_DAO_UBND_KY, "reject", "Chưa đủ cơ sở ban hành.");
        assertThat(pi).isEnded().hasPassed("khong-ban-hanh");
        assertThat(reading.detail(id, "cv.sldtbxh").summary().state()).isEqualTo(DispatchState.REJECTED);
    }
}
