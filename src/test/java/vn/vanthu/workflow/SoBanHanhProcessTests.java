package vn.vanthu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.vanthu.registry.StoredVersion;
import vn.vanthu.registry.Versions;

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
    StoredPdfs pdfs;
    @Autowired
    vn.vanthu.directory.Directory directory;

    @BeforeEach
    void engine() {
        init(engine);
    }

    private ProcessInstance started(UUID id) {
        String pi = chain.start("cv.sldtbxh", id, List.of(), 0);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult();
    }

    @Test
    void happyPathIssuesWithANumberAndTheSignedContent() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_BAN_HANH, ChainDriver.congVan("hướng dẫn nhiệm vụ trọng tâm năm 2026"));
        ProcessInstance pi = started(id);
        assertThat(pi).isWaitingAt(Chains.SOAN_THAO);
        chain.decide("cv.sldtbxh", pi.getId(), Chains.SOAN_THAO, "submit", "");
        assertThat(pi).isWaitingAt(Chains.TRUONG_PHONG_DUYET);
        chain.decide("tp.sldtbxh", pi.getId(), Chains.TRUONG_PHONG_DUYET, "approve", "");
        chain.decide("pgd.sldtbxh", pi.getId(), Chains.LANH_DAO_SO_KY, "sign", "");
        chain.decide("vt.sldtbxh", pi.getId(), Chains.VAN_THU_SO_PHAT_HANH, "issue", "");
        chain.runJobs();
        assertThat(pi).hasPassed(Chains.CAP_SO_PHAT_HANH).isEnded();

        Reading.Detail detail = reading.detail(id, "cv.sldtbxh");
        assertThat(detail.summary().state()).isEqualTo(DispatchState.ISSUED);
        assertThat(detail.summary().issuedSymbol()).matches("\\d{2,}/SLĐTBXH-\\w+");
        List<StoredVersion> stored = detail.versions();
        StoredVersion signed = stored.stream().filter(v -> v.step().equals(Chains.LANH_DAO_SO_KY)).findFirst().orElseThrow();
        StoredVersion issued = stored.get(stored.size() - 1);
        assertThat(issued.mode()).isEqualTo("FINAL");
        assertThat(issued.contentSha256()).isEqualTo(signed.contentSha256());
        assertThat(issued.pdfSha256()).isNotEqualTo(signed.pdfSha256());
        assertThat(pdfs.checkedText(id, issued.version())).contains("Số: " + detail.summary().issuedSymbol())
                .contains(directory.person("pgd.sldtbxh").orElseThrow().fullName()).contains("KT. GIÁM ĐỐC")
                .doesNotContain("DỰ THẢO");
        stored.forEach(v -> pdfs.checkedText(id, v.version()));
        assertThat(detail.history()).extracting(h -> h.get("decision"))
                .containsExactly("submit", "approve", "sign", "issue");
    }

    @Test
    void reviewerReturnsWithACommentAndTheLoopRepeats() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_BAN_HANH, ChainDriver.congVan("tăng cường công tác trẻ em"));
        ProcessInstance pi = started(id);
        chain.decide("cv.sldtbxh", pi.getId(), Chains.SOAN_THAO, "submit", "");
        assertThatThrownBy(() -> chain.decide("tp.sldtbxh", pi.getId(), Chains.TRUONG_PHONG_DUYET, "return", " "))
                .isInstanceOf(ChainProblem.DecisionRefused.class).hasMessageContaining("ghi rõ ý kiến");
        chain.decide("tp.sldtbxh", pi.getId(), Chains.TRUONG_PHONG_DUYET, "return", "Bổ sung căn cứ pháp lý.");
        assertThat(pi).isWaitingAt(Chains.SOAN_THAO);
        assertThat(reading.detail(id, "tp.sldtbxh").summary().state()).isEqualTo(DispatchState.DRAFTING);
        chain.decide("cv.sldtbxh", pi.getId(), Chains.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi.getId(), Chains.TRUONG_PHONG_DUYET, "approve", "");
        chain.decide("pgd.sldtbxh", pi.getId(), Chains.LANH_DAO_SO_KY, "return", "Sửa lại trích yếu.");
        assertThat(pi).isWaitingAt(Chains.SOAN_THAO);
        assertThat(reading.detail(id, "cv.sldtbxh").history()).extracting(h -> h.get("comment"))
                .contains("Bổ sung căn cứ pháp lý.", "Sửa lại trích yếu.");
    }

    @Test
    void signerMayRefuseToSignAndTheChainEnds() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_BAN_HANH, ChainDriver.congVan("đề xuất không phù hợp"));
        ProcessInstance pi = started(id);
        chain.decide("cv.sldtbxh", pi.getId(), Chains.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi.getId(), Chains.TRUONG_PHONG_DUYET, "approve", "");
        chain.decide("gd.sldtbxh", pi.getId(), Chains.LANH_DAO_SO_KY, "reject", "Chưa cần thiết ban hành.");
        assertThat(pi).isEnded().hasPassed("khong-ban-hanh");
        assertThat(reading.detail(id, "cv.sldtbxh").summary().state()).isEqualTo(DispatchState.REJECTED);
    }

    @Test
    void anotherAgencysLeaderCannotSignThisTask() {
        UUID id = chain.draft("cv.sldtbxh", Chains.SO_BAN_HANH, ChainDriver.congVan("phân công nhiệm vụ"));
        ProcessInstance pi = started(id);
        chain.decide("cv.sldtbxh", pi.getId(), Chains.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", pi.getId(), Chains.TRUONG_PHONG_DUYET, "approve", "");
        String task = chain.task(pi.getId(), Chains.LANH_DAO_SO_KY).getId();
        assertThatThrownBy(() -> chain.decide("gd.stp", task, "sign", "", java.util.Map.of()))
                .isInstanceOf(ChainProblem.NotYourTask.class);
        assertThatThrownBy(() -> reading.detail(id, "cv.stp")).isInstanceOf(ChainProblem.NotYourAgency.class);
    }
}
