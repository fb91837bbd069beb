package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vanthu.document.Dispatch;

/** Thu hồi and thay thế between agencies of this vanthu, through the API as the demo users. */
class RecallTests extends ExchangeTestBase {

    @Autowired
    Recalls recalls;

    private IssuedDocument toTwoSo(UUID replaces) {
        Dispatch d = Seed002.dispatch(nextNumber(), LocalDate.now(DispatchPackages.VIETNAM));
        List<Recipient> two = recipients.resolve(d, "ubnd").recipients().stream()
                .filter(r -> List.of("stp", "sgddt").contains(r.ref())).toList();
        return new IssuedDocument(UUID.randomUUID(), d, Seed002.pdf(renderer, d), "ubnd", two, "vt.ubnd", replaces, null);
    }

    @Test
    void aRecallReachesBothRecipientsOneAgreesOneRefuses() throws Exception {
        mapSeed002Lines();
        IssuedDocument doc = toTwoSo(null);
        dispatching.send(doc);
        settle();
        ExchangeApi api = api();
        String code = DispatchPackages.number(doc.dispatch()) + "/UBND-KGVX";
        String year = Integer.toString(LocalDate.now(DispatchPackages.VIETNAM).getYear());
        String stp = SendAndReceiveTests.incomingId(api, "stp", code, year);
        String sgddt = SendAndReceiveTests.incomingId(api, "sgddt", code, year);
        api.decide("vt.stp", Receiving.VAN_THU_TIEP_NHAN, stp, Map.of("decision", "register"));

        assertThat(api.call("vt.ubnd", "POST", "/api/exchange/sent/" + doc.dispatchId() + "/recall",
                Map.of("reason", " ")).statusCode()).isEqualTo(400);
        assertThat(api.call("vt.ubnd", "POST", "/api/exchange/sent/" + doc.dispatchId() + "/recall",
                Map.of("reason", "Số liệu tại mục 5 chưa chính xác")).statusCode()).isEqualTo(202);
        settle();

        for (String id : List.of(stp, sgddt)) {
            String agency = id.equals(stp) ? "stp" : "sgddt";
            Map<String, Object> copy = api.object("vt." + agency, "/api/exchange/incoming/" + id);
            assertThat(copy).containsEntry("recalled", true).containsEntry("recallReason", "Số liệu tại mục 5 chưa chính xác");
        }
        api.decide("vt.stp", Receiving.VAN_THU_TRA_LOI_THU_HOI, stp, Map.of("decision", "agree"));
        api.decide("vt.sgddt", Receiving.VAN_THU_TRA_LOI_THU_HOI, sgddt,
                Map.of("decision", "refuse", "comment", "Đã triển khai, đề nghị ban hành văn bản đính chính"));
        settle();

        Map<String, CopyStatus> byRef = new java.util.HashMap<>();
        dispatching.statuses(doc.dispatchId()).forEach(s -> byRef.put(s.ref(), s));
        assertThat(byRef.get("stp").recallAnswer()).isEqualTo("AGREED");
        assertThat(byRef.get("stp").history()).extracting(CopyStatus.Event::code).contains("15");
        assertThat(byRef.get("sgddt").recallAnswer()).isEqualTo("REFUSED");
        assertThat(byRef.get("sgddt").recallAnswerReason()).isEqualTo("Đã triển khai, đề nghị ban hành văn bản đính chính");
        assertThat(recalls.recalled(doc.dispatchId())).isTrue();
        assertThat(recalls.of(doc.dispatchId()).orElseThrow().reason()).isEqualTo("Số liệu tại mục 5 chưa chính xác");
        Map<String, Object> kept = api.object("vt.stp", "/api/exchange/incoming/" + stp);
        assertThat(kept).containsEntry("recallAnswer", "AGREED").containsEntry("state", "REGISTERED");
        assertThat(api.call("vt.ubnd", "POST", "/api/exchange/sent/" + doc.dispatchId() + "/recall",
                Map.of("reason", "lần nữa")).statusCode()).isEqualTo(409);
    }

    @Test
    void aReplacementMarksTheCopiesItReplaces() throws Exception {
        mapSeed002Lines();
        IssuedDocument first = toTwoSo(null);
        dispatching.send(first);
        settle();
        IssuedDocument second = toTwoSo(first.dispatchId());
        dispatching.send(second);
        settle();

        String year = Integer.toString(LocalDate.now(DispatchPackages.VIETNAM).getYear());
        ExchangeApi api = api();
        String old = SendAndReceiveTests.incomingId(api, "stp", DispatchPackages.number(first.dispatch()) + "/UBND-KGVX", year);
        String replacement = SendAndReceiveTests.incomingId(api, "stp",
                DispatchPackages.number(second.dispatch()) + "/UBND-KGVX", year);
        assertThat(api.object("vt.stp", "/api/exchange/incoming/" + old)).containsEntry("replacedBy", replacement)
                .containsEntry("recalled", true);
        assertThat(recalls.of(first.dispatchId()).orElseThrow().replacedBy()).isEqualTo(second.dispatchId());
        assertThat(recalls.recalled(second.dispatchId())).isFalse();
    }
}
