package vn.vanthu.exchange.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A package the parser refuses is refused in the văn thư's words: the JDK's messages are English only. */
class XmlMessagesTests {

    private static List<String> problems(String xml) {
        return EdXmlSchema.validate(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCommonestFaultsAreSaidInVietnamese() {
        assertThat(problems("<a/>")).containsExactly("dòng 1, cột 5: phần tử gốc 'a' không phải của gói tin edXML");
        assertThat(problems("<a>")).contains("dòng 1, cột 4: tệp XML bị cắt cụt hoặc thiếu thẻ đóng");
        assertThat(problems("hello")).containsExactly("dòng 1, cột 1: có nội dung trước phần tử gốc: tệp không phải XML");
        assertThat(problems("<!DOCTYPE a [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><a>&x;</a>"))
                .containsExactly("dòng 1, cột 10: gói tin không được có khai báo DOCTYPE");
        assertThat(problems("<a><b></a>")).anyMatch(p -> p.endsWith("thẻ 'b' chưa được đóng bằng </b>"));
        assertThat(String.join(" ", problems("<a/>"))).doesNotContain("Cannot", "cvc-");
    }

    @Test
    void anyOtherFaultIsNamedAsSyntaxOrSchemaWithTheParsersWordsKept() {
        List<String> syntax = problems("<a x='1' x='2'/>");
        assertThat(syntax).singleElement().asString().startsWith("dòng 1, cột ").contains("XML không đúng cú pháp (");
        List<String> schema = problems("<edXMLEnvelope xmlns='urn:x'/>");
        assertThat(schema).allSatisfy(p -> assertThat(p).containsAnyOf("phần tử gốc", "không đúng lược đồ edXML ("));
    }
}
