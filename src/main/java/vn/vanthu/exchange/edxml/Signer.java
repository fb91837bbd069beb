package vn.vanthu.exchange.edxml;

/** SignerInfo: the authority line ("KT. CHỦ TỊCH"), the signer's title ("PHÓ CHỦ TỊCH") and full name. */
public record Signer(String competence, String position, String fullName) {
}
