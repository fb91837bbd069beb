package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vanthu.document.Dispatch;

/** tiep-nhan-van-ban-den and thu-hoi-van-ban-den path by path, on the real engine and database. */
class ReceivingProcessTests extends ExchangeTestBase {

    private static final LocalDate TODAY = LocalDate.now(DispatchPackages.VIETNAM);

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void engine() {
        init(engine);
    }

    /** A document from Buôn Ma Thuột arrives at Sở Tư pháp; the PDF sent is {@code pdfOf} (the real one if null). */
    private IncomingDocument arrive(Dispatch d, Dispatch pdfOf) {
        inbox.acceptExternal(packageFromOutside(d, Seed002.pdf(renderer, pdfOf == null ? d : pdfOf), "stp"), "stp");
        return received("stp", d);
    }

    private ProcessInstance process(IncomingDocument d) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(d.processInstanceId)
                .singleResult();
    }

    private Task task(IncomingDocument d, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(d.id.toString())
                .taskDefinitionKey(step).singleResult();
    }

    private void runCheck(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(Receiving.KIEM_TRA);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job(pi));
    }

    @Test
    void checkedRegisteredAssignedAndHandled() {
        IncomingDocument d = arrive(Seed002.dispatch(nextNumber(), TODAY), null);
        ProcessInstance pi = process(d);
        runCheck(pi);
        assertThat(pi).isWaitingAt(Receiving.VAN_THU_TIEP_NHAN).task().hasCandidateGroup("stp-vanthu");

        decide("vt.stp", task(d, Receiving.VAN_THU_TIEP_NHAN).getId(), Map.of("decision", "register"));
        assertThat(pi).isWaitingAt(Receiving.LANH_DAO_PHAN_CONG).task().hasCandidateGroup("stp-lanhdao");
        assertThat(incoming.find(d.id).orElseThrow().registerNumber).isPositive();

        String assign = task(d, Receiving.LANH_DAO_PHAN_CONG).getId();
        assertThatThrownBy(() -> decide("gd.stp", assign, Map.of("decision", "assign", "handler", "cv.sgddt")))
                .isInstanceOf(ExchangeProblem.InvalidRequest.class).hasMessageContaining("người của cơ quan");
        assertThatThrownBy(() -> decide("gd.stp", assign, Map.of("decision", "assign", "handler", "cv.stp",
                "answerNeeded", true))).isInstanceOf(ExchangeProblem.InvalidRequest.class).hasMessageContaining("hạn");
        decide("gd.stp", assign, Map.of("decision", "assign", "handler", "cv.stp", "answerNeeded", true,
                "dueOn", TODAY.plusDays(7).toString()));
        assertThat(pi).isWaitingAt(Receiving.XU_LY).task().isAssignedTo("cv.stp").hasDueDate(
                java.util.Date.from(TODAY.plusDays(7).atTime(17, 0).atZone(DispatchPackages.VIETNAM).toInstant()));

        decide("cv.stp", task(d, Receiving.XU_LY).getId(), Map.of("decision", "complete", "comment", "Đã xong"));
        assertThat(pi).isEnded().hasPassed(Receiving.HOAN_THANH);
        assertThat(incoming.find(d.id).orElseThrow().state).isEqualTo(IncomingState.DONE);
    }

    @Test
    void aPdfThatDisagreesWithItsPackageIsRefusedByTheCheck() {
        int number = nextNumber();
        IncomingDocument d = arrive(Seed002.dispatch(number, TODAY), Seed002.dispatch(number + 1000, TODAY));
        ProcessInstance pi = process(d);
        runCheck(pi);
        assertThat(pi).isEnded().hasPassed(Receiving.TU_CHOI_TU_DONG).hasNotPassed(Receiving.VAN_THU_TIEP_NHAN);
        IncomingDocument refused = incoming.find(d.id).orElseThrow();
        assertThat(refused.state).isEqualTo(IncomingState.REFUSED);
        assertThat(refused.refusalReason).contains("số và ký hiệu " + d.facts.code());
        assertThat(refused.registerNumber).isNull();
    }

    @Test
    void theClerkRefusesWithAReasonOnly() {
        IncomingDocument d = arrive(Seed002.dispatch(nextNumber(), TODAY), null);
        ProcessInstance pi = process(d);
        runCheck(pi);
        String task = task(d, Receiving.VAN_THU_TIEP_NHAN).getId();
        assertThatThrownBy(() -> decide("vt.stp", task, Map.of("decision", "refuse", "comment", " ")))
                .isInstanceOf(ExchangeProblem.InvalidRequest.class).hasMessageContaining("lý do");
        // the refused decision took its claim back with it: the task is still offered to every văn thư of the Sở
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
        assertThatThrownBy(() -> decide("vt.sgddt", task, Map.of("decision", "register")))
                .isInstanceOf(ExchangeProblem.NotYourAgency.class);
        decide("vt.stp", task, Map.of("decision", "refuse", "comment", "Gửi nhầm nơi nhận"));
        assertThat(pi).isEnded().hasPassed(Receiving.TU_CHOI);
        assertThat(incoming.find(d.id).orElseThrow().refusalReason).isEqualTo("Gửi nhầm nơi nhận");
    }

    @Test
    void anAgreedRecallStopsTheHandlingAndKeepsTheCopy() {
        Dispatch dispatch = Seed002.dispatch(nextNumber(), TODAY);
        IncomingDocument d = arrive(dispatch, null);
        ProcessInstance pi = process(d);
        runCheck(pi);
        decide("vt.stp", task(d, Receiving.VAN_THU_TIEP_NHAN).getId(), Map.of("decision", "register"));

        byte[] recall = vn.vanthu.exchange.edxml.EdXml.write(new vn.vanthu.exchange.edxml.EdDocument(
                ((vn.vanthu.exchange.edxml.EdDocument) vn.vanthu.exchange.edxml.EdXml.read(
                        incoming.edxml(d.id))).header(), java.util.List.of(), DispatchPackages.business(
                        d.facts.documentId(), vn.vanthu.exchange.edxml.BusinessType.RECALL, "Sai số liệu", null,
                        java.util.List.of()), null));
        inbox.acceptExternal(recall, "stp");
        ProcessInstance answer = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(Receiving.RECALL_PROCESS).processInstanceBusinessKey(d.id.toString()).singleResult();
        assertThat(answer).isWaitingAt(Receiving.VAN_THU_TRA_LOI_THU_HOI).task().hasCandidateGroup("stp-vanthu");
        assertThat(incoming.find(d.id).orElseThrow().recallReason).isEqualTo("Sai số liệu");

        decide("vt.stp", task(d, Receiving.VAN_THU_TRA_LOI_THU_HOI).getId(), Map.of("decision", "agree"));
        assertThat(answer).isEnded();
        assertThat(pi).isEnded().hasNotPassed(Receiving.XU_LY);
        IncomingDocument kept = incoming.find(d.id).orElseThrow();
        assertThat(kept.recallAnswer).isEqualTo("AGREED");
        assertThat(kept.registerNumber).isPositive();
    }
}
