package vn.vanthu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What the writer writes, the reader reads back as the same dispatch: every example, every mode. */
class DispatchWriterTests {

    static Stream<Path> inputs() throws IOException {
        Stream<Path> examples = Files.list(Path.of("examples")).filter(p -> p.toString().matches(".*\\.(ya?ml|json)"));
        return Stream.concat(examples.sorted(), Stream.of(DispatchReaderTests.resource("cong-van.yaml"),
                DispatchReaderTests.resource("ke-hoach.json")));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyExampleSurvivesTheRoundTrip(Path input) {
        Dispatch read = DispatchReader.read(input);
        Map<String, Object> written = DispatchWriter.toMap(read);
        assertThat(DispatchReader.fromMap(written)).isEqualTo(read);
        // writing is stable: the second tree is the first
        assertThat(DispatchWriter.toMap(DispatchReader.fromMap(written))).isEqualTo(written);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyModeIsWrittenAsItsInputCode(Mode mode) {
        Dispatch d = DispatchReader.read(DispatchReaderTests.resource("cong-van.yaml"));
        Dispatch moded = new Dispatch(d.style(), d.type(), d.issuer(), d.number(), d.symbol(), d.unit(), d.date(),
                d.summary(), d.recipients(), d.authorityLine(), d.bases(), d.proposal(), d.body(), d.signature(),
                d.distribution(), d.marks(), d.appendices(), mode);
        Map<String, Object> written = DispatchWriter.toMap(moded);
        assertThat(written.get("mode")).isIn(List.of("draft", "for-signature", "final"));
        assertThat(DispatchReader.fromMap(written).mode()).isEqualTo(mode);
    }
}
