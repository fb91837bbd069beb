package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vanthu.document.Dispatch;

/** Packages dropped into the inbox folder by another system: taken into the inbox, or set aside with the reason. */
class InboxDirectoryTests extends ExchangeTestBase {

    @Autowired
    InboxDirectory folder;

    @Test
    void aGoodPackageIsReceivedAndABadOneSetAsideWithItsReason() throws Exception {
        Dispatch d = Seed002.dispatch(nextNumber(), LocalDate.now(DispatchPackages.VIETNAM));
        Files.write(PEERS.inbox.resolve("a-good.edxml"), packageFromOutside(d, Seed002.pdf(renderer, d), "syt"));
        Files.writeString(PEERS.inbox.resolve("b-bad.edxml"), "<edXML>không đúng lược đồ</edXML>");
        Files.writeString(PEERS.inbox.resolve("c-not-a-package.txt"), "bỏ qua");

        assertThat(folder.poll()).isEqualTo(1);

        assertThat(received("syt", d).state).isEqualTo(IncomingState.RECEIVED);
        Path refused = PEERS.inbox.resolve("refused");
        assertThat(refused.resolve("b-bad.edxml")).exists();
        assertThat(Files.readString(refused.resolve("b-bad.edxml.txt"), StandardCharsets.UTF_8)).isNotBlank();
        assertThat(PEERS.inbox.resolve("c-not-a-package.txt")).exists();
        assertThat(PEERS.inbox.resolve("a-good.edxml")).doesNotExist();
    }
}
