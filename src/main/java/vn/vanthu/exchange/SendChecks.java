package vn.vanthu.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.vanthu.document.Dispatch;
import vn.vanthu.exchange.ExchangeProblem.InvalidRecipients;

/** What an issued document must carry before it leaves, each missing piece named by its field. */
final class SendChecks {

    private SendChecks() {
    }

    /** The dispatch, once it has its number, a complete date, a named signer and a PDF. */
    static Dispatch issued(IssuedDocument doc) {
        Dispatch d = doc.dispatch();
        if (doc.dispatchId() == null) {
            throw new InvalidRecipients("dispatchId", "Thiếu mã văn bản");
        }
        if (d == null || d.number() == null) {
            throw new InvalidRecipients("dispatch.number", "Văn bản chưa được cấp số nên chưa gửi được");
        }
        if (d.date() == null || !d.date().complete()) {
            throw new InvalidRecipients("dispatch.date", "Văn bản chưa có ngày ban hành đầy đủ");
        }
        if (d.signature() == null || d.signature().name() == null || d.signature().name().isBlank()) {
            throw new InvalidRecipients("dispatch.signature.name", "Văn bản chưa ghi họ tên người ký");
        }
        if (doc.signedPdf() == null || doc.signedPdf().length == 0) {
            throw new InvalidRecipients("signedPdf", "Thiếu tệp PDF đã ký");
        }
        if (doc.recipients().isEmpty()) {
            throw new InvalidRecipients("recipients", "Văn thư chưa xác nhận nơi nhận nào");
        }
        return d;
    }

    /** Each confirmed recipient exists as it claims and appears once. */
    static void recipients(List<Recipient> recipients, Organs organs) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient r = recipients.get(i);
            String field = "recipients[" + i + "]";
            if (r == null || r.kind() == null || r.ref() == null || r.name() == null) {
                throw new InvalidRecipients(field, "Nơi nhận thiếu loại, mã hoặc tên");
            }
            if (!seen.add(r.kind() + ":" + r.ref())) {
                throw new InvalidRecipients(field, "Nơi nhận " + r.name() + " có hai lần");
            }
            boolean known = switch (r.kind()) {
                case AGENCY -> organs.agency(r.ref()).map(o -> o.organId().equals(r.organId())).orElse(false);
                case EXTERNAL -> r.ref().equals(r.organId()) && organs.external(r.ref()).isPresent();
                case PERSON -> Emails.valid(r.ref());
            };
            if (!known) {
                throw new InvalidRecipients(field, "Nơi nhận " + r.name() + " (" + r.ref() + ") không có trong danh bạ");
            }
        }
    }
}
