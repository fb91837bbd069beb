package vn.vanthu.directory;

import org.springframework.stereotype.Component;
import vn.vanthu.platform.TransactionMemo;

/**
 * The directory's answers for the rest of the transaction, shared by its readers and forgotten by its writers:
 * a step of the chain asks for the same agency, person or mã định danh several times (of about 90 directory
 * reads per chain, a third repeated one made earlier in the same transaction).
 */
@Component
class TransactionReads extends TransactionMemo {

    /** An agency's mã định danh, asked by the address book and also answered by the directory's list. */
    static final String ORGAN_ID = "organ id";
}
