package dev.bsa.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@link Result}: a value or a rejection with an {@link ErrorCode}; a rejection passes through every step unchanged. */
class ResultTest {

    private final Result<Integer> two = Result.success(2);
    private final Result<Integer> rejected = Result.reject(ErrorCode.INVALID_PARAMETER, "userKey is missing");

    @Test
    void givenSuccess_valueAndFlags_describeIt() {
        assertThat(two.isSuccess()).isTrue();
        assertThat(two.value()).isEqualTo(2);
        assertThatThrownBy(two::rejection).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(two::errorCode).isInstanceOf(IllegalStateException.class);
        assertThat(Result.done().value()).isEqualTo(Done.DONE);
    }

    @Test
    void givenRejection_codeAndDetail_describeItAndValueIsAProgrammingError() {
        assertThat(rejected.isSuccess()).isFalse();
        assertThat(rejected.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(rejected.rejection().detail()).isEqualTo("userKey is missing");
        assertThatThrownBy(rejected::value).isInstanceOf(IllegalStateException.class);
        assertThat(rejected.orElseGet(() -> 7)).isEqualTo(7);
        assertThat(two.orElseGet(() -> 7)).isEqualTo(2);
    }

    @Test
    void givenRejection_mapFlatMapAndCheck_passItThroughWithoutRunningTheStep() {
        AtomicBoolean ran = new AtomicBoolean();

        Result<Integer> mapped = rejected.map(value -> {
            ran.set(true);
            return value + 1;
        });
        Result<String> chained = rejected.flatMap(value -> {
            ran.set(true);
            return Result.success("x");
        });
        Result<Integer> checked = rejected.check(value -> {
            ran.set(true);
            return Result.done();
        });
        rejected.ifSuccess(value -> ran.set(true));

        assertThat(ran).isFalse();
        assertThat(mapped.rejection()).isEqualTo(rejected.rejection());
        assertThat(chained.rejection()).isEqualTo(rejected.rejection());
        assertThat(checked.rejection()).isEqualTo(rejected.rejection());
    }

    @Test
    void givenSuccess_mapAndFlatMap_transformTheValue() {
        assertThat(two.map(value -> value * 10).value()).isEqualTo(20);
        assertThat(two.flatMap(value -> Result.reject(ErrorCode.AUTH_IN_PROGRESS, "busy"))
                        .errorCode())
                .isEqualTo(ErrorCode.AUTH_IN_PROGRESS);
    }

    @Test
    void givenSuccess_check_keepsTheValueWhenItPassesAndTakesTheCheckRejectionOtherwise() {
        assertThat(two.check(value -> Result.done()).value()).isEqualTo(2);
        assertThat(two.check(value -> Result.reject(ErrorCode.USER_WITHDRAWN, "withdrawn"))
                        .errorCode())
                .isEqualTo(ErrorCode.USER_WITHDRAWN);
    }

    @Test
    void givenRejection_asRejection_retypesItAndSuccessCannot() {
        Result<String> retyped = rejected.asRejection();

        assertThat(retyped.rejection()).isEqualTo(rejected.rejection());
        assertThatThrownBy(two::asRejection).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenNulls_factories_throwBecauseThatIsAProgrammingError() {
        assertThatThrownBy(() -> Result.success(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Result.reject(null, "detail")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Result.reject(ErrorCode.SERVER_ERROR, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Result.reject((Rejection) null)).isInstanceOf(NullPointerException.class);
    }
}
