package vn.vanthu.exchange;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.vanthu.document.Dispatch;

/**
 * The e-mail channel: one message per person with the signed PDF attached, through Spring Boot's
 * JavaMailSender (spring.mail.*). Without spring.mail.host there is no sender: the message fails,
 * retries and ends as an incident that says so.
 */
@Component
class Mailer {

    private final ObjectProvider<JavaMailSender> senders;
    private final ExchangeProperties properties;

    Mailer(ObjectProvider<JavaMailSender> senders, ExchangeProperties properties) {
        this.senders = senders;
        this.properties = properties;
    }

    /** "Văn bản số 15/UBND-KGVX ngày 05/3/2026 của Ủy ban nhân dân tỉnh Đắk Lắk: V/v …". */
    static String subject(String sender, String code, Dispatch d, String subject) {
        return "Văn bản số " + code + " ngày " + d.date().day() + "/" + d.date().month() + "/" + d.date().year()
                + " của " + sender + ": " + subject;
    }

    void send(OutboxMessage m) throws MessagingException {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("chưa cấu hình máy chủ thư điện tử (spring.mail.host)");
        }
        MimeMessage mail = sender.createMimeMessage();
        boolean attached = m.payload().length > 0;
        MimeMessageHelper helper = new MimeMessageHelper(mail, attached, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.mailFrom());
        helper.setTo(m.destination());
        helper.setSubject(m.kind() == OutboxMessage.Kind.RECALL ? "Thu hồi: " + m.subject() : m.subject());
        helper.setText(body(m));
        if (attached) {
            helper.addAttachment(attachmentName(m), new ByteArrayResource(m.payload()), "application/pdf");
        }
        sender.send(mail);
    }

    private static String body(OutboxMessage m) {
        if (m.kind() == OutboxMessage.Kind.RECALL) {
            return "Văn bản sau đã bị cơ quan ban hành thu hồi; đề nghị không sử dụng bản đã nhận.\n\n" + m.subject()
                    + "\n\nThư này do hệ thống quản lý văn bản vanthu gửi tự động.";
        }
        return "Kính gửi đồng chí,\n\nXin gửi kèm theo thư này văn bản điện tử đã ký số (tệp PDF):\n\n" + m.subject()
                + "\n\nThư này do hệ thống quản lý văn bản vanthu gửi tự động; đề nghị không trả lời thư này.";
    }

    /** "15-UBND-KGVX.pdf", from the số/ký hiệu the subject starts with. */
    private static String attachmentName(OutboxMessage m) {
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("số (\\S+)").matcher(m.subject());
        return (code.find() ? code.group(1) : "van-ban").replaceAll("[^\\p{L}\\p{N}-]", "-") + ".pdf";
    }
}
