package vn.vanthu.workflow;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published once a document of a dispatch has its number and its issued version is stored (after the
 * transaction commits): what sending to the Nơi nhận starts from.
 *
 * @param dispatchId  the dispatch
 * @param kind        the main document, or the Sở's submission letter to UBND tỉnh
 * @param issuerId    the agency that issued it (its register)
 * @param numberAndSymbol "05/UBND-KGVX"
 * @param issuedOn    the issue date
 * @param version     the stored version holding the issued PDF
 */
public record DispatchIssued(UUID dispatchId, DocumentKind kind, String issuerId, String numberAndSymbol,
        LocalDate issuedOn, int version) {
}
