package vn.vanthu.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of either chain. Started through the API, the dispatch exists already; started from the
 * Tasklist start form, the form's fields ("document", "consulted", "consultationDays") create it.
 */
@Component("chainStarted")
class ChainStarted implements ExecutionListener {

    private final Dispatches dispatches;
    private final DispatchStore store;
    private final ObjectMapper json;

    ChainStarted(Dispatches dispatches, DispatchStore store, ObjectMapper json) {
        this.dispatches = dispatches;
        this.store = store;
        this.json = json;
    }

    @Override
    public void notify(DelegateExecution execution) throws Exception {
        Object id = execution.getVariable(Chains.VAR_DISPATCH);
        if (id == null) {
            id = createFromStartForm(execution);
        }
        DispatchCase c = store.find(UUID.fromString(id.toString())).orElseThrow();
        c.started(execution.getProcessInstanceId());
        store.update(c);
    }

    private String createFromStartForm(DelegateExecution execution) throws Exception {
        String user = (String) execution.getVariable(Chains.VAR_INITIATOR);
        String chain = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        Map<String, Object> document = json.readValue(String.valueOf(execution.getVariable(Chains.VAR_DOCUMENT)),
                new TypeReference<>() { });
        Object consultedText = execution.getVariable(Chains.VAR_CONSULTED);
        List<String> consulted = consultedText == null || consultedText.toString().isBlank() ? List.of()
                : json.readValue(consultedText.toString(), new TypeReference<List<String>>() { });
        Object days = execution.getVariable(Chains.VAR_CONSULTATION_DAYS);
        UUID created = dispatches.create(user, chain, document);
        DispatchCase c = store.find(created).orElseThrow();
        execution.setVariable(Chains.VAR_DISPATCH, created.toString());
        execution.setVariable(Chains.VAR_AGENCY, c.agencyId());
        execution.setVariable(Chains.VAR_DRAFTER, user);
        execution.setVariable(Chains.VAR_CONSULTED_AGENCIES, new ArrayList<>(consulted));
        execution.setVariable(Chains.VAR_CONSULTATION_NEEDED, !consulted.isEmpty());
        execution.setVariable(Chains.VAR_CONSULTATION_DAYS, days == null ? 5 : Integer.parseInt(days.toString()));
        execution.setVariable(Chains.VAR_SUBMISSION_NUMBERED, false);
        execution.removeVariable(Chains.VAR_DOCUMENT);
        return created.toString();
    }
}
