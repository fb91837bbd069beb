package vn.vanthu.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers read from the database, remembered until the current transaction ends. A step of the chain asks the
 * same question several times (the decision, its listeners, the delegate, the task labels); within one
 * transaction the first answer stands, and nothing outlives it, so the next step sees what others wrote. Outside
 * a transaction every call reads. Whoever writes what a question reads calls {@link #forget(String, Object)}.
 */
public class TransactionMemo {

    /** The key the current transaction's answers are bound under: one per memo, so two memos never mix. */
    private final Object resource = new Object();

    /**
     * The remembered answer to what was asked about whom, else {@code read}'s. An empty {@link Optional} is not
     * remembered: what was not there may be written later in the same transaction.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String what, Object about, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read.get();
        }
        Question question = new Question(what, about);
        Map<Object, Object> answers = answers();
        Object known = answers.get(question);
        if (known != null) {
            return (T) known;
        }
        // not computeIfAbsent: a read may ask this memo another question (an agency by mã định danh → the agency)
        T answer = read.get();
        if (answer != null && !Optional.empty().equals(answer)) {
            answers.put(question, answer);
        }
        return answer;
    }

    /**
     * Remembers an answer that came with another question's (a row read by one key also answers its other keys),
     * for the rest of the transaction, unless it already has one: the first answer stands. Nothing outside a
     * transaction, and no empty answer.
     */
    public void remember(String what, Object about, Object answer) {
        if (TransactionSynchronizationManager.isSynchronizationActive() && answer != null
                && !Optional.empty().equals(answer)) {
            answers().putIfAbsent(new Question(what, about), answer);
        }
    }

    /** Drops the remembered answer to what was asked about whom, after writing what it reads. */
    public void forget(String what, Object about) {
        Map<?, ?> answers = (Map<?, ?>) TransactionSynchronizationManager.getResource(resource);
        if (answers != null) {
            answers.remove(new Question(what, about));
        }
    }

    /** Drops every remembered answer of this transaction. */
    public void forgetAll() {
        Map<?, ?> answers = (Map<?, ?>) TransactionSynchronizationManager.getResource(resource);
        if (answers != null) {
            answers.clear();
        }
    }

    private record Question(String what, Object about) {
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> answers() {
        Map<Object, Object> answers = (Map<Object, Object>) TransactionSynchronizationManager.getResource(resource);
        if (answers == null) {
            Map<Object, Object> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(resource, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                // a transaction of its own inside this one (REQUIRES_NEW) reads on its own connection: it must
                // not be answered from this one's uncommitted view; and what it commits, this one then sees
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resource);
                }

                @Override
                public void resume() {
                    fresh.clear();
                    TransactionSynchronizationManager.bindResource(resource, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resource);
                }
            });
            answers = fresh;
        }
        return answers;
    }
}
