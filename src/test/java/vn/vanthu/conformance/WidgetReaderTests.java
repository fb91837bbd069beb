package vn.vanthu.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.junit.jupiter.api.Test;

/**
 * A field counts as filled only when its value says something: a number or day field whose value is empty or
 * blanks is still awaiting its number, so the checker must read the document as not yet numbered.
 */
class WidgetReaderTests {

    @Test
    void aTextOfBlanksIsNotAValue() {
        assertThat(WidgetReader.filled(null)).isFalse();
        assertThat(WidgetReader.filled(COSNull.NULL)).isFalse();
        assertThat(WidgetReader.filled(new COSString(""))).isFalse();
        assertThat(WidgetReader.filled(new COSString("   "))).isFalse();
        assertThat(WidgetReader.filled(new COSString("05"))).isTrue();
        assertThat(WidgetReader.filled(COSName.getPDFName("Off"))).isTrue();
        assertThat(WidgetReader.filled(COSInteger.get(5))).isTrue();
        COSDictionary signature = new COSDictionary();
        signature.setItem(COSName.TYPE, COSName.SIG);
        assertThat(WidgetReader.filled(signature)).isTrue();
    }

    @Test
    void aSignatureFieldIsSignedWhenItsValueIsAnObjectTheFileHasOrASignatureDictionary() {
        COSObjectKey there = new COSObjectKey(12, 0);
        Map<COSObjectKey, Long> objects = Map.of(there, 4_711L);
        assertThat(WidgetReader.signed(new COSObject(there, null), objects)).isTrue();
        assertThat(WidgetReader.signed(new COSObject(new COSObjectKey(13, 0), null), objects)).isFalse();
        assertThat(WidgetReader.signed(new COSObject(new COSObjectKey(12, 1), null), objects)).isFalse();
        COSDictionary signature = new COSDictionary();
        signature.setItem(COSName.TYPE, COSName.SIG);
        assertThat(WidgetReader.signed(signature, Map.of())).isTrue();
        assertThat(WidgetReader.signed(new COSObject(signature), Map.of())).isTrue();
        assertThat(WidgetReader.signed(null, objects)).isFalse();
        assertThat(WidgetReader.signed(COSNull.NULL, objects)).isFalse();
    }
}
