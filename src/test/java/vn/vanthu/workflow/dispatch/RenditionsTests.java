package vn.vanthu.workflow.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.registry.Versions;
import vn.vanthu.support.ChainDriver;
import vn.vanthu.support.Drafts;
import vn.vanthu.workflow.Chains;
import vn.vanthu.workflow.DocumentKind;

/** A stored version is checked against the decree once its transaction commits; a failing one is said loudly. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RenditionsTests {

    private static final String DRAFTER = "cv.sldtbxh";

    @Autowired
    Renditions renditions;
    @Autowired
    DispatchStore store;
    @Autowired
    Versions versions;
    @Autowired
    LateChecks late;
    @Autowired
    ChainDriver driver;
    @Autowired
    TransactionTemplate transaction;

    private final ListAppender<ILoggingEvent> said = new ListAppender<>();

    @BeforeEach
    void listen() {
        said.start();
        ((Logger) LoggerFactory.getLogger(Renditions.class)).addAppender(said);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(Renditions.class)).detachAppender(said);
    }

    private List<String> warnings() {
        return said.list.stream().filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void aVersionIsCheckedAfterItsCommitAndNeverWhenRolledBack() throws Exception {
        UUID id = driver.draft(DRAFTER, Chains.SO_TRINH_UBND, Drafts.congVan("Về việc kiểm tra sau khi lưu"));
        assertThat(late.awaitIdle(Duration.ofSeconds(30))).isTrue();
        said.list.clear();
        int before = versions.list(id).size();
        byte[] blank = blankPage();

        transaction.executeWithoutResult(status -> {
            DispatchCase c = store.get(id);
            renditions.storePdf(c, DocumentKind.MAIN, "thu-nghiem", DRAFTER, c.document(), blank);
            status.setRollbackOnly();
        });
        assertThat(late.awaitIdle(Duration.ofSeconds(30))).isTrue();
        assertThat(warnings()).as("a version rolled back is not checked").isEmpty();
        assertThat(versions.list(id)).hasSize(before);

        transaction.executeWithoutResult(status -> {
            DispatchCase c = store.get(id);
            renditions.storePdf(c, DocumentKind.MAIN, "thu-nghiem", DRAFTER, c.document(), blank);
            assertThat(warnings()).as("not before the commit").isEmpty();
        });
        assertThat(late.awaitIdle(Duration.ofSeconds(30))).isTrue();
        assertThat(versions.list(id)).hasSize(before + 1);
        assertThat(warnings()).singleElement().asString().contains(id.toString(), "thu-nghiem", "không đạt");
    }

    /** An A4 page with nothing on it: every box of the decree is missing. */
    private static byte[] blankPage() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
