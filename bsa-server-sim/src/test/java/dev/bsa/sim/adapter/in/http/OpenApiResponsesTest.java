package dev.bsa.sim.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bsa.sim.adapter.in.http.ContractCase.Answer;
import dev.bsa.sim.adapter.in.http.ContractCase.Calls;
import dev.bsa.sim.adapter.in.support.RunningSimulator;
import dev.bsa.sim.adapter.in.support.Scenarios;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenAPI document is the contract integrators read, so the simulator's real answers are held
 * to it: every operation is called at least once to success and, where it documents errors, once to
 * an error, and each answer's status, media type and body must be what the document says.
 */
class OpenApiResponsesTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator();

    private static final OpenApiContract contract = OpenApiContract.load();
    /** A hang guard only: no case waits for the clock. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    static Stream<ContractCase> cases() {
        List<ContractCase> cases = new ArrayList<>();
        cases.addAll(WebsiteContractCases.all());
        cases.addAll(DeviceContractCases.all());
        cases.addAll(AdminContractCases.all());
        cases.addAll(EventStreamContractCases.all());
        cases.addAll(GeneratedContractCases.all(contract));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAnswerIsDocumented_andMatchesItsSchema(ContractCase contractCase) {
        Answer answer = assertTimeoutPreemptively(
                HANG_GUARD, () -> contractCase.call().apply(new Calls(sim, new Scenarios(sim))));

        assertThat(answer.status()).as(contractCase + ": " + answer).isEqualTo(contractCase.status());
        assertThat(contract.problems(contractCase.operation(), answer.status(), answer.contentType(), answer.bodies()))
                .as(contractCase.toString())
                .isEmpty();
    }

    @Test
    void everyOperationHasACaseForASuccess_andForAnErrorWhereItDocumentsOne() {
        Set<String> missing = new TreeSet<>();
        for (String operation : contract.operations()) {
            Set<Integer> documented = contract.statuses(operation);
            Set<Integer> exercised = new TreeSet<>();
            cases().filter(c -> c.operation().equals(operation)).forEach(c -> exercised.add(c.status()));
            if (documented.stream().anyMatch(status -> status < 400)
                    && exercised.stream().noneMatch(s -> s < 400)) {
                missing.add(operation + " has no success case");
            }
            if (documented.stream().anyMatch(status -> status >= 400)
                    && exercised.stream().noneMatch(s -> s >= 400)) {
                missing.add(operation + " has no error case");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCaseNamesADocumentedOperation() {
        assertThat(cases().map(ContractCase::operation)).allMatch(contract.operations()::contains);
    }
}
