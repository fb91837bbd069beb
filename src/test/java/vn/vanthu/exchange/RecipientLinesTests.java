package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;

/**
 * Nơi nhận lines as clerks write them: a recipient followed by the purpose of its copy in brackets ("(để báo
 * cáo)", "(B/c)", "(để biết)") is the recipient its name says, without the văn thư mapping each wording once.
 */
class RecipientLinesTests extends ExchangeTestBase {

    @Test
    void aPurposeInBracketsAfterTheNameIsKnownAsTheName() {
        Dispatch d = DispatchReader.read("""
                type: cong-van
                issuer: {name: [SỞ LAO ĐỘNG – THƯƠNG BINH, VÀ XÃ HỘI], abbreviation: SLĐTBXH, place: Đắk Lắk}
                number: 7
                date: 2026-12-01
                summary: triển khai công tác bảo vệ trẻ em
                recipients: [Sở Tư pháp]
                body: Nội dung.
                signature: {authority: [GIÁM ĐỐC], name: Nguyễn Văn A}
                distribution:
                  recipients: [Như trên, "UBND tỉnh (để báo cáo)", "Sở Y tế (B/c);", "Sở Tài chính (để biết)",
                    "Hội Chữ thập đỏ tỉnh (để phối hợp)"]
                """, "test.yaml");

        Resolution resolution = recipients.resolve(d, "sldtbxh");

        assertThat(resolution.recipients()).extracting(Recipient::ref).containsExactly("stp", "ubnd", "syt", "stc");
        // the line stays as written, for the copy's record
        assertThat(resolution.recipients().get(1).lines()).containsExactly("UBND tỉnh (để báo cáo)");
        // a name nobody knows is still unknown, brackets and all
        assertThat(resolution.unknown()).containsExactly("Hội Chữ thập đỏ tỉnh (để phối hợp)");
    }
}
