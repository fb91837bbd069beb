package vn.vanthu.numbering.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.vanthu.conformance.ConformanceChecker;
import vn.vanthu.conformance.Report;
import vn.vanthu.conformance.ReportText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.numbering.NewEntry;
import vn.vanthu.numbering.Register;
import vn.vanthu.numbering.Series;

/** The register over real HTTP with the demo logins: JSON, CSV for Excel, PDF, and who may read it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegisterApiTests {

    // a year no other test issues in, so the shared database's real 2026 registers stay untouched
    private static final int YEAR = 2099;
    private static final String QUERY = "?agency=ubnd&year=" + YEAR;

    @LocalServerPort int port;
    @Autowired Register register;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void issueThreeDocuments() {
        tx.executeWithoutResult(s -> {
            register.issue(entry(Series.ORDINARY, 3, "UBND-KGVX",
                    "V/v triển khai \"Tháng hành động\", năm 2099"));
            register.issue(entry(Series.ORDINARY, 4, "QĐ-UBND", "Về việc ban hành Quy chế"));
            register.issue(entry(Series.CONFIDENTIAL, 4, "UBND-NC", "Về công tác bảo vệ bí mật"));
        });
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from register_entry where issuer = 'ubnd' and year = ?", YEAR);
        jdbc.update("delete from register_counter where issuer = 'ubnd' and year = ?", YEAR);
    }

    @Test
    void jsonListsTheEntriesOrdinarySeriesFirst() throws Exception {
        HttpResponse<byte[]> response = get("/api/register" + QUERY, "vt.ubnd");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode lines = new ObjectMapper().readTree(response.body());
        assertThat(lines).hasSize(3);
        assertThat(lines.findValuesAsText("numberAndSymbol"))
                .containsExactly("01/UBND-KGVX", "02/QĐ-UBND", "01/UBND-NC");
        assertThat(lines.findValuesAsText("series")).containsExactly("ORDINARY", "ORDINARY", "CONFIDENTIAL");
        assertThat(lines.get(1).get("date").asText()).isEqualTo("2099-03-04");
        assertThat(lines.get(1).get("signer").asText()).isEqualTo("Trần Văn Bình");
    }

    @Test
    void csvOpensInExcelWithAVietnameseHeader() throws Exception {
        HttpResponse<byte[]> response = get("/api/register.csv" + QUERY, "cv.ubnd");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] rows = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(rows).containsExactly("Ngày,Số ký hiệu,Trích yếu,Người ký,Nơi nhận,Sổ",
                "03/03/2099,01/UBND-KGVX,\"V/v triển khai \"\"Tháng hành động\"\", năm 2099\","
                        + "Trần Văn Bình,Các Sở,Thường",
                "04/03/2099,02/QĐ-UBND,Về việc ban hành Quy chế,Trần Văn Bình,Các Sở,Thường",
                "04/03/2099,01/UBND-NC,Về công tác bảo vệ bí mật,Trần Văn Bình,Các Sở,Mật");
    }

    @Test
    void pdfPrintsTheRegisterInLandscapeUnderTheAgencyHeader() throws Exception {
        HttpResponse<byte[]> response = get("/api/register.pdf" + QUERY, "vt.ubnd");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2099", "ỦY BAN NHÂN DÂN", "Đắk Lắk, ngày ",
                    "01/UBND-KGVX", "02/QĐ-UBND", "Về việc ban hành Quy chế", "Trích yếu");
        }
        Report report = new ConformanceChecker().checkRegister(response.body(), "sổ đăng ký văn bản đi");
        assertThat(report.failures()).as(ReportText.format(report)).isEmpty();
    }

    @Test
    void anotherAgencysUserIsRefused() throws Exception {
        for (String path : new String[] {"/api/register", "/api/register.csv", "/api/register.pdf"}) {
            HttpResponse<byte[]> response = get(path + QUERY, "cv.sldtbxh");
            assertThat(response.statusCode()).isEqualTo(403);
            JsonNode problem = problem(response);
            assertThat(problem.get("type").asText()).endsWith("NotYourAgency");
            assertThat(problem.get("detail").asText()).contains("ubnd");
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("agency");
        }
    }

    @Test
    void missingOrInvalidParametersAreNamed() throws Exception {
        assertBadParameter("/api/register?year=2099", "agency");
        assertBadParameter("/api/register.csv?agency=ubnd", "year");
        assertBadParameter("/api/register?agency=ubnd&year=abc", "year");
        assertBadParameter("/api/register.pdf?agency=ubnd&year=20999", "year");
        assertBadParameter("/api/register?agency=UBND%20TINH&year=2099", "agency");
        assertBadParameter("/api/register?agency=khong-co-so-nay&year=2099", "agency");
    }

    private void assertBadParameter(String path, String parameter) throws Exception {
        HttpResponse<byte[]> response = get(path, "vt.ubnd");
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(problem(response).get("errors").get(0).get("field").asText()).as(path).isEqualTo(parameter);
    }

    private static JsonNode problem(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return new ObjectMapper().readTree(response.body());
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static NewEntry entry(Series series, int day, String symbol, String summary) {
        return new NewEntry("ubnd", series, LocalDate.of(YEAR, 3, day), symbol, summary, "Trần Văn Bình", "Các Sở",
                null);
    }
}
