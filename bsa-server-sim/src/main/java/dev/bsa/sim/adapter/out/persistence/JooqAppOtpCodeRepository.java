package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.APP_OTP_CODE;

import dev.bsa.domain.model.AppOtpCode;
import dev.bsa.domain.model.UserKey;
import dev.bsa.domain.port.out.AppOtpCodeRepository;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.AppOtpCodeRow;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The app's one-time codes in table {@code APP_OTP_CODE}, keyed by their digits: the primary key
 * keeps two valid codes from sharing digits, and a conditional delete uses a code up exactly once.
 */
public final class JooqAppOtpCodeRepository implements AppOtpCodeRepository {

    private final DSLContext dsl;

    public JooqAppOtpCodeRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public boolean insert(AppOtpCode code) {
        // An expired code with the same digits makes way; a valid one keeps its digits (the key) taken.
        dsl.deleteFrom(APP_OTP_CODE)
                .where(APP_OTP_CODE.CODE.eq(code.code()))
                .and(APP_OTP_CODE.EXPIRES_AT.le(code.issuedAt()))
                .execute();
        try {
            dsl.insertInto(APP_OTP_CODE).set(toRow(code)).execute();
            return true;
        } catch (DataAccessException e) {
            if (SqlStates.isIntegrityViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<AppOtpCode> find(String digits) {
        return dsl.selectFrom(APP_OTP_CODE)
                .where(APP_OTP_CODE.CODE.eq(digits))
                .fetchOptional(JooqAppOtpCodeRepository::fromRow);
    }

    @Override
    public boolean consume(String digits, Instant now) {
        return dsl.deleteFrom(APP_OTP_CODE)
                        .where(APP_OTP_CODE.CODE.eq(digits))
                        .and(APP_OTP_CODE.EXPIRES_AT.gt(now))
                        .execute()
                == 1;
    }

    @Override
    public void deleteByUser(UserKey user) {
        dsl.deleteFrom(APP_OTP_CODE)
                .where(APP_OTP_CODE.USER_KEY.eq(user.value()))
                .execute();
    }

    @Override
    public int deleteExpired(Instant now, int limit) {
        if (limit <= 0) {
            return 0;
        }
        List<String> expired = dsl.select(APP_OTP_CODE.CODE)
                .from(APP_OTP_CODE)
                .where(APP_OTP_CODE.EXPIRES_AT.le(now))
                .orderBy(APP_OTP_CODE.EXPIRES_AT)
                .limit(limit)
                .fetch(APP_OTP_CODE.CODE);
        if (expired.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(APP_OTP_CODE)
                .where(APP_OTP_CODE.CODE.in(expired))
                .and(APP_OTP_CODE.EXPIRES_AT.le(now))
                .execute();
    }

    static AppOtpCodeRow toRow(AppOtpCode code) {
        return Rows.complete(new AppOtpCodeRow(code.code(), code.user().value(), code.issuedAt(), code.expiresAt()));
    }

    static AppOtpCode fromRow(AppOtpCodeRow row) {
        return new AppOtpCode(row.getCode(), new UserKey(row.getUserKey()), row.getIssuedAt(), row.getExpiresAt());
    }
}
