package vn.vanthu.workflow.tasks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanthu.document.Dispatch;
import vn.vanthu.document.DispatchReader;
import vn.vanthu.workflow.ChainProblem.SignedInAnotherMonth;

class OutcomesTests {

    private static Dispatch signedIn(int month, int year) {
        return DispatchReader.fromMap(Map.of("type", "cong-van", "summary", "thử tháng ký",
                "date", Map.of("month", month, "year", year), "body", "Nội dung."));
    }

    @Test
    void aTextSignedThisMonthIsNumberedToday() {
        assertThatCode(() -> Outcomes.signedInMonthOf(signedIn(11, 2026), LocalDate.of(2026, 11, 30)))
                .doesNotThrowAnyException();
    }

    @Test
    void aTextSignedInAMonthThatHasPassedGoesBackToItsSigner() {
        // signed on 30 November, numbered on 1 December: "ngày … tháng 11" cannot carry a December day
        assertThatThrownBy(() -> Outcomes.signedInMonthOf(signedIn(11, 2026), LocalDate.of(2026, 12, 1)))
                .isInstanceOf(SignedInAnotherMonth.class)
                .hasMessageContaining("tháng 11 năm 2026, nay là tháng 12 năm 2026").hasMessageContaining("Trả lại");
        assertThatThrownBy(() -> Outcomes.signedInMonthOf(signedIn(12, 2026), LocalDate.of(2027, 1, 2)))
                .isInstanceOf(SignedInAnotherMonth.class);
    }
}
