package dev.bsa.sim.adapter.out.persistence;

import static dev.bsa.sim.adapter.out.persistence.jooq.Tables.SIMULATOR_SETTINGS;

import dev.bsa.domain.model.AppOtpRules;
import dev.bsa.domain.model.Settings;
import dev.bsa.domain.model.TotpAlgorithm;
import dev.bsa.domain.model.TotpRules;
import dev.bsa.domain.port.out.SettingsRepository;
import dev.bsa.sim.adapter.out.persistence.jooq.tables.records.SimulatorSettingsRow;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * The settings in force as the single row of table {@code SIMULATOR_SETTINGS}; durations in
 * nanoseconds, the day zone by its id. Without a row the settings are {@link Settings#defaults()}.
 */
public final class JooqSettingsRepository implements SettingsRepository {

    /** The primary key of the one row. */
    static final int ROW_ID = 1;

    private final DSLContext dsl;

    public JooqSettingsRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Settings current() {
        return dsl.selectFrom(SIMULATOR_SETTINGS)
                .where(SIMULATOR_SETTINGS.SETTINGS_ID.eq(ROW_ID))
                .fetchOptional(JooqSettingsRepository::fromRow)
                .orElseGet(Settings::defaults);
    }

    @Override
    public void save(Settings settings) {
        SimulatorSettingsRow row = toRow(settings);
        dsl.insertInto(SIMULATOR_SETTINGS)
                .set(row)
                .onDuplicateKeyUpdate()
                .set(row)
                .execute();
    }

    static SimulatorSettingsRow toRow(Settings settings) {
        TotpRules totp = settings.totp();
        return Rows.complete(new SimulatorSettingsRow(
                ROW_ID,
                settings.authDeadline().toNanos(),
                settings.appOtp().digits(),
                settings.appOtp().validity().toNanos(),
                totp.algorithm().name(),
                totp.digits(),
                totp.step().toNanos(),
                totp.window(),
                totp.dailyLimit(),
                totp.dayZone().getId()));
    }

    static Settings fromRow(SimulatorSettingsRow row) {
        if (row.getSettingsId() != ROW_ID) {
            throw new IllegalArgumentException("the settings row must have id " + ROW_ID);
        }
        TotpRules totp = new TotpRules(
                TotpAlgorithm.valueOf(row.getTotpAlgorithm()),
                row.getTotpDigits(),
                Duration.ofNanos(row.getTotpStepNanos()),
                row.getTotpWindowSteps(),
                row.getTotpDailyLimit(),
                ZoneId.of(row.getTotpDayZone()));
        return new Settings(
                Duration.ofNanos(row.getAuthDeadlineNanos()),
                new AppOtpRules(row.getAppOtpDigits(), Duration.ofNanos(row.getAppOtpValidityNanos())),
                totp);
    }
}
