package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vanthu.exchange.edxml.EdDocument;
import vn.vanthu.exchange.edxml.EdXml;
import vn.vanthu.exchange.edxml.Organ;
import vn.vanthu.exchange.edxml.ResponseFor;
import vn.vanthu.exchange.edxml.StaffInfo;
import vn.vanthu.exchange.edxml.StatusCode;
import vn.vanthu.exchange.edxml.StatusMessage;
import vn.vanthu.workflow.Step;

/**
 * Seed 002 issued and sent: UBND's Công văn reaches the sổ văn bản đến of three Sở, an edXML package per
 * district UBND (one through the file-system adapter, one POSTed over HTTP) valid against the shipped
 * schema, one e-mail with the PDF per leader, and every status comes back to the sender.
 */
class SendAndReceiveTests extends ExchangeTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    vn.vanthu.support.ChainDriver chain;
    @org.springframework.beans.factory.annotation.Autowired
    vn.vanthu.support.CheckedPdfs pdfs;
    @org.springframework.beans.factory.annotation.Autowired
    vn.vanthu.registry.Versions versions;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    Outbox outbox;

    @Test
    @SuppressWarnings("unchecked")
    void anIssuedDocumentReachesEveryRecipientAndEveryStatusComesBack() throws Exception {
        mapSeed002Lines();
        IssuedDocument doc = issuedToAll();
        String code = DispatchPackages.number(doc.dispatch()) + "/UBND-KGVX";
        assertThat(doc.recipients()).extracting(Recipient::ref).containsExactlyInAnyOrder("sldtbxh", "stp", "sgddt",
                "000.00.41.H16", Peers.HTTP_ORGAN, "ct.ubnd@daklak.gov.vn", "pct.ubnd@daklak.gov.vn",
                "cvp.ubnd@daklak.gov.vn");

        assertThat(dispatching.send(doc)).extracting(CopyStatus::state).containsOnly(CopyState.QUEUED).hasSize(8);
        // the outbox keeps the PDF once for the eight messages (V21), each message its own bytes around it
        assertThat(jdbc.queryForObject("select count(*) from outbox_message m join sent_copy c on c.id = m.copy_id "
                + "where c.dispatch_id = ? and m.pdf_sha256 = ?", Integer.class, doc.dispatchId(),
                vn.vanthu.platform.Sha256.hex(doc.signedPdf()))).isEqualTo(8);
        assertThat(jdbc.queryForObject("select sum(length(m.payload)) from outbox_message m join sent_copy c "
                + "on c.id = m.copy_id where c.dispatch_id = ?", Long.class, doc.dispatchId()))
                .isLessThan(doc.signedPdf().length / 4);
        settle();

        // the district UBND: an edXML package each, valid, carrying the same PDF
        Path folder = PEERS.outbox.resolve("000.00.41.H16");
        byte[] filed;
        try (Stream<Path> files = Files.list(folder)) {
            filed = Files.readAllBytes(files.filter(f -> f.toString().endsWith(".edxml"))
                    .filter(f -> readable(f).contains(code)).findFirst().orElseThrow());
        }
        assertThat(EdXml.validate(filed)).isEmpty();
        EdDocument received = (EdDocument) EdXml.read(filed);
        assertThat(received.attachment().content()).isEqualTo(doc.signedPdf());
        assertThat(received.header().to()).extracting(Organ::organId).containsExactly("000.00.41.H16");
        Peers.Posted posted = PEERS.posted.stream().filter(p -> new String(p.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains(code)).findFirst().orElseThrow();
        assertThat(posted.to()).isEqualTo(Peers.HTTP_ORGAN);
        assertThat(posted.contentType()).startsWith("application/xml");
        assertThat(EdXml.validate(posted.body())).isEmpty();

        // the leaders: one e-mail each with the PDF
        List<MimeMessage> mails = Arrays.stream(PEERS.mail.getReceivedMessages())
                .filter(m -> subject(m).contains(code)).toList();
        assertThat(mails).hasSize(3);
        assertThat(mails).flatExtracting(m -> Arrays.asList(m.getAllRecipients())).extracting(Object::toString)
                .containsExactlyInAnyOrder("ct.ubnd@daklak.gov.vn", "pct.ubnd@daklak.gov.vn", "cvp.ubnd@daklak.gov.vn");
        for (MimeMessage m : mails) {
            assertThat(pdfOf(m)).isEqualTo(doc.signedPdf());
        }

        // the Sở: arrived, registered with a số đến; Sở LĐTBXH assigns, handles and answers
        ExchangeApi api = api();
        String year = Integer.toString(LocalDate.now(DispatchPackages.VIETNAM).getYear());
        for (String so : List.of("sldtbxh", "stp", "sgddt")) {
            String id = incomingId(api, so, code, year);
            api.decide("vt." + so, Receiving.VAN_THU_TIEP_NHAN, id, Map.of("decision", "register"));
            Map<String, Object> line = api.object("vt." + so, "/api/exchange/incoming/" + id);
            assertThat(line.get("registerNumber")).isInstanceOf(Integer.class);
            assertThat(line).containsEntry("state", "REGISTERED").containsEntry("code", code);
        }
        // each Sở keeps the package byte for byte as it came, and the three keep its PDF once (V22)
        for (String so : List.of("sldtbxh", "stp", "sgddt")) {
            long message = jdbc.queryForObject("select m.id from outbox_message m join sent_copy c on c.id = m.copy_id "
                    + "where c.dispatch_id = ? and m.destination = ?", Long.class, doc.dispatchId(), so);
            assertThat(incoming.edxml(java.util.UUID.fromString(incomingId(api, so, code, year))))
                    .isEqualTo(outbox.find(message).orElseThrow().payload());
            // handed over with its PDF apart: the base64 was neither written back nor read again
            assertThat(outbox.find(message).orElseThrow().stored().apartFromPackage()).isTrue();
        }
        assertThat(jdbc.queryForList("select length(package) from incoming_document where pdf_sha256 = ? "
                + "and package_pdf_at is not null", Integer.class, vn.vanthu.platform.Sha256.hex(doc.signedPdf())))
                .hasSize(3).allSatisfy(length -> assertThat(length).isLessThan(doc.signedPdf().length / 4));
        assertThat(jdbc.queryForObject("select count(*) from incoming_pdf where sha256 = ?", Integer.class,
                vn.vanthu.platform.Sha256.hex(doc.signedPdf()))).isEqualTo(1);
        String ldtbxh = incomingId(api, "sldtbxh", code, year);
        String due = LocalDate.now(DispatchPackages.VIETNAM).plusDays(10).toString();
        api.decide("gd.sldtbxh", Receiving.LANH_DAO_PHAN_CONG, ldtbxh,
                Map.of("decision", "assign", "handler", "cv.sldtbxh", "answerNeeded", true, "dueOn", due));
        settle();
        api.decide("cv.sldtbxh", Receiving.XU_LY, ldtbxh, Map.of("decision", "complete",
                "comment", "Đã tham mưu kế hoạch triển khai", "reply", true));
        Map<String, Object> reply = api.object("cv.sldtbxh", "/api/exchange/incoming/" + ldtbxh + "/reply");
        assertThat(reply.get("text")).asString().startsWith("Trả lời Công văn số " + code + " ngày ")
                .endsWith("của Ủy ban nhân dân tỉnh Đắk Lắk");
        assertThat(reply).containsEntry("senderAgency", "ubnd");
        // the reply dispatch: addressed to the sender and opening with the reference, from the sổ văn bản đến
        Map<String, Object> answer = Map.of("chain", "so-ban-hanh", "replyTo", ldtbxh, "document",
                Map.of("body", "Sở đã xây dựng kế hoạch triển khai và gửi kèm theo Công văn này."));
        HttpResponse<String> created = api.call("cv.sldtbxh", "POST", "/api/dispatches", answer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String replyId = (String) new com.fasterxml.jackson.databind.ObjectMapper().readValue(created.body(), Map.class)
                .get("id");
        Map<String, Object> drafted = (Map<String, Object>) api.object("cv.sldtbxh", "/api/dispatches/" + replyId)
                .get("document");
        assertThat(drafted.get("recipients")).isEqualTo(List.of("Ủy ban nhân dân tỉnh Đắk Lắk"));
        assertThat((String) drafted.get("body")).startsWith(reply.get("text") + ", Sở Lao động")
                .contains("có ý kiến như sau:", "kế hoạch triển khai");
        assertThat(api.call("cv.stp", "POST", "/api/dispatches", answer).statusCode()).as("another agency's văn bản đến")
                .isEqualTo(403);

        // Buôn Ma Thuột's system answers over the exchange: its status lands in UBND's inbox
        StatusMessage accepted = new StatusMessage(Organ.of("000.00.41.H16", "UBND thành phố Buôn Ma Thuột"),
                new ResponseFor("000.00.00.H16", code, received.header().promulgationDate(),
                        received.header().documentId()), new StaffInfo("Văn phòng", "Nguyễn Văn An", null),
                StatusCode.ACCEPTED, "Số đến 77", LocalDateTime.now().withNano(0));
        assertThat(api.call("vt.ubnd", "POST", "/api/exchange/inbox/ubnd", EdXml.write(accepted)).statusCode())
                .isEqualTo(200);
        settle();

        Map<String, CopyStatus> byRef = dispatching.statuses(doc.dispatchId()).stream()
                .collect(java.util.stream.Collectors.toMap(CopyStatus::ref, s -> s));
        assertThat(byRef.get("sldtbxh").state()).isEqualTo(CopyState.DONE);
        assertThat(byRef.get("sldtbxh").history()).extracting(CopyStatus.Event::code).containsSubsequence(
                "01", "03", "04", "05", "06");
        assertThat(byRef.get("stp").state()).isEqualTo(CopyState.ACCEPTED);
        assertThat(byRef.get("sgddt").state()).isEqualTo(CopyState.ACCEPTED);
        assertThat(byRef.get("000.00.41.H16").state()).isEqualTo(CopyState.ACCEPTED);
        assertThat(byRef.get(Peers.HTTP_ORGAN).state()).isEqualTo(CopyState.SENT);
        assertThat(byRef.get("ct.ubnd@daklak.gov.vn").state()).isEqualTo(CopyState.SENT);
        Map<String, Object> sent = api.object("vt.ubnd", "/api/exchange/sent/" + doc.dispatchId());
        assertThat((List<?>) sent.get("copies")).hasSize(8);

        // the reply travels the Sở's chain and arrives at UBND naming what it answers (edXML ResponseFor)
        String replyChain = chain.start("cv.sldtbxh", java.util.UUID.fromString(replyId), "pgd.sldtbxh", List.of(), 5);
        chain.decide("cv.sldtbxh", replyChain, Step.SOAN_THAO, "submit", "");
        chain.decide("tp.sldtbxh", replyChain, Step.TRUONG_PHONG_DUYET, "approve", "");
        chain.decide("pgd.sldtbxh", replyChain, Step.LANH_DAO_SO_KY, "sign", "");
        chain.decide("vt.sldtbxh", replyChain, Step.VAN_THU_SO_PHAT_HANH, "issue", "");
        settle();
        String replyCode = (String) ((Map<String, Object>) api.object("cv.sldtbxh", "/api/dispatches/" + replyId)
                .get("summary")).get("issuedSymbol");
        assertThat(pdfs.all(java.util.UUID.fromString(replyId))).as("the reply's stored PDFs, each checked").isEqualTo(
                versions.list(java.util.UUID.fromString(replyId)).size());
        String atUbnd = incomingId(api, "ubnd", replyCode, year);
        EdDocument answering = (EdDocument) EdXml.read(incoming.edxml(java.util.UUID.fromString(atUbnd)));
        assertThat(answering.header().responseFor()).singleElement().satisfies(r -> {
            assertThat(r.organId()).isEqualTo("000.00.00.H16");
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.promulgationDate()).isEqualTo(received.header().promulgationDate());
            assertThat(r.documentId()).isEqualTo(received.header().documentId());
        });
    }

    static String incomingId(ExchangeApi api, String agency, String code, String year) throws Exception {
        return api.list("vt." + agency, "/api/exchange/incoming?agency=" + agency + "&year=" + year).stream()
                .filter(l -> code.equals(l.get("code")) && !"REFUSED".equals(l.get("state")))
                .map(l -> (String) l.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError(agency + " has not received " + code));
    }

    private static String readable(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] pdfOf(MimeMessage m) throws Exception {
        Multipart parts = (Multipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                assertThat(parts.getBodyPart(i).getContentType()).startsWith("application/pdf");
                return parts.getBodyPart(i).getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment in " + m.getSubject());
    }
}
