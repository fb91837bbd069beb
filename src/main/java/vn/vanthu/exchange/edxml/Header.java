package vn.vanthu.exchange.edxml;

import java.time.LocalDate;
import java.util.List;

/**
 * MessageHeader: who sends to whom, which document (DocumentId, số in CodeNumber, ký hiệu in CodeNotation,
 * place and date), its type, trích yếu (Subject), signer, deadline, OtherInfo, Nơi nhận (ToPlaces) and,
 * for an answer, the documents it answers (ResponseFor).
 */
public record Header(Organ from, List<Organ> to, String documentId, String codeNumber, String codeNotation,
        String place, LocalDate promulgationDate, int typeCode, String typeName, String subject, Signer signer,
        LocalDate dueDate, OtherInfo other, List<String> toPlaces, List<ResponseFor> responseFor) {

    public Header {
        to = List.copyOf(to);
        toPlaces = toPlaces == null ? List.of() : List.copyOf(toPlaces);
        responseFor = responseFor == null ? List.of() : List.copyOf(responseFor);
    }

    /** "15/UBND-KGVX": số and ký hiệu as the document prints them. */
    public String code() {
        return codeNumber + "/" + codeNotation;
    }

    /** OtherInfo: urgency (0 none, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc), scope, ô 12 initials, copies, pages, appendices. */
    public record OtherInfo(int priority, String sphere, String typerNotation, Integer promulgationAmount,
            Integer pageAmount, List<String> appendixes) {

        public OtherInfo {
            appendixes = appendixes == null ? List.of() : List.copyOf(appendixes);
        }
    }
}
