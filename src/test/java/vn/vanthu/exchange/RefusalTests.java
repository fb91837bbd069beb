package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vanthu.document.Dispatch;
import vn.vanthu.exchange.edxml.EdXml;
import vn.vanthu.exchange.edxml.StatusCode;
import vn.vanthu.exchange.edxml.StatusMessage;

/** What is not taken: a receiver that refuses, a package whose PDF was changed, a recipient nobody knows. */
class RefusalTests extends ExchangeTestBase {

    private static final LocalDate TODAY = LocalDate.now(DispatchPackages.VIETNAM);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReceiverRefusesAndTheSenderReadsWhy() throws Exception {
        mapSeed002Lines();
        Dispatch d = Seed002.dispatch(nextNumber(), TODAY);
        Recipient stp = recipients.resolve(d, "ubnd").recipients().stream().filter(r -> r.ref().equals("stp"))
                .findFirst().orElseThrow();
        IssuedDocument doc = new IssuedDocument(UUID.randomUUID(), d, Seed002.pdf(renderer, d), "ubnd", List.of(stp),
                "vt.ubnd", null, null);
        dispatching.send(doc);
        settle();
        ExchangeApi api = api();
        String id = SendAndReceiveTests.incomingId(api, "stp", DispatchPackages.number(d) + "/UBND-KGVX",
                Integer.toString(TODAY.getYear()));
        api.decide("vt.stp", Receiving.VAN_THU_TIEP_NHAN, id, Map.of("decision", "refuse",
                "comment", "Không thuộc thẩm quyền của Sở Tư pháp"));
        settle();

        CopyStatus copy = dispatching.statuses(doc.dispatchId()).get(0);
        assertThat(copy.state()).isEqualTo(CopyState.REFUSED);
        assertThat(copy.reason()).isEqualTo("Không thuộc thẩm quyền của Sở Tư pháp");
        assertThat(copy.history()).extracting(CopyStatus.Event::code).containsSubsequence("01", "02");
    }

    @Test
    void aPackageWhosePdfWasChangedIsRefusedAndTheReasonGoesBack() throws Exception {
        int number = nextNumber();
        Dispatch d = Seed002.dispatch(number, TODAY);
        byte[] changed = Seed002.pdf(renderer, Seed002.dispatch(number, TODAY, "hủy bỏ kế hoạch đã ban hành"));
        Files.write(PEERS.inbox.resolve("bmt-" + number + ".edxml"), packageFromOutside(d, changed, "sgddt"));

        assertThat(api().call("vt.sgddt", "POST", "/api/exchange/inbox/sgddt", "không phải edXML"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).body()).contains("InvalidPackage", "package");
        assertThat(inboxFolder.poll()).isEqualTo(1);
        settle();

        assertThat(incoming.live("sgddt", DispatchPackages.documentId(d, BMT.organId()))).as("no live copy").isEmpty();
        Map<String, Object> row = jdbc.queryForMap("select state, refusal_reason from incoming_document "
                + "where agency_id = 'sgddt' and document_id = ?", DispatchPackages.documentId(d, BMT.organId()));
        assertThat(row.get("state")).isEqualTo("REFUSED");
        assertThat((String) row.get("refusal_reason")).contains("trích yếu");
        StatusMessage answer;
        try (Stream<Path> files = Files.list(PEERS.outbox.resolve(BMT.organId()))) {
            answer = files.filter(f -> f.toString().endsWith("-status.edxml")).map(this::read)
                    .filter(s -> s.responseFor().documentId().equals(DispatchPackages.documentId(d, BMT.organId())))
                    .findFirst().orElseThrow();
        }
        assertThat(answer.code()).isEqualTo(StatusCode.REFUSED);
        assertThat(answer.description()).contains("trích yếu");
        assertThat(Files.exists(PEERS.inbox.resolve("done").resolve("bmt-" + number + ".edxml"))).isTrue();
    }

    @Test
    void aLineNobodyMappedStopsTheWholeSendAndIsNamed() throws Exception {
        mapSeed002Lines();
        Dispatch d = Seed002.dispatch(nextNumber(), TODAY);
        Dispatch withStranger = new Dispatch(d.style(), d.type(), d.issuer(), d.number(), d.symbol(), d.unit(), d.date(),
                d.summary(), List.of("Thủ trưởng các sở, ban, ngành", "Hội Chữ thập đỏ tỉnh"), d.authorityLine(),
                d.bases(), d.proposal(), d.body(), d.signature(), d.distribution(), d.marks(), d.appendices(), d.mode());
        Resolution resolution = recipients.resolve(withStranger, "ubnd");
        assertThat(resolution.complete()).isFalse();
        assertThat(resolution.unknown()).containsExactly("Hội Chữ thập đỏ tỉnh");
        assertThat(resolution.notSent()).containsExactly("Các phòng: TH, HCTC (QC45a)");
        UUID id = UUID.randomUUID();
        IssuedDocument doc = new IssuedDocument(id, withStranger, Seed002.pdf(renderer, withStranger), "ubnd",
                resolution.recipients(), "vt.ubnd", null, null);

        assertThatThrownBy(() -> dispatching.send(doc)).isInstanceOf(ExchangeProblem.UnknownRecipients.class)
                .hasMessageContaining("Hội Chữ thập đỏ tỉnh");
        assertThat(jdbc.queryForObject("select count(*) from sent_copy where dispatch_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message m join sent_copy c on c.id = m.copy_id "
                + "where c.dispatch_id = ?", Integer.class, id)).isZero();

        var answer = api().call("vt.ubnd", "POST", "/api/exchange/recipients/resolve", Map.of("agency", "ubnd",
                "document", Map.of("type", "cong-van", "summary", "thử", "recipients", List.of("Hội Chữ thập đỏ tỉnh",
                        "Sở Tư pháp"), "body", "Nội dung.")));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"unknown\":[\"Hội Chữ thập đỏ tỉnh\"]", "\"ref\":\"stp\"");
    }

    @Autowired
    InboxDirectory inboxFolder;

    private StatusMessage read(Path file) {
        try {
            return EdXml.read(Files.readAllBytes(file)) instanceof StatusMessage s ? s : null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
