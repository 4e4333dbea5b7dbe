package dev.bsa.domain.port.in;

import dev.bsa.domain.error.Result;
import dev.bsa.domain.model.AppOtpCode;
import dev.bsa.domain.model.UserKey;

/** The app's "OTP authentication" screen: a fresh single-use code bound to the user, replacing any older one. */
public interface IssueAppOtpUseCase {

    /** Rejections: 2008 (unregistered user or no phone), 5005–5008. */
    Result<AppOtpCode> issue(UserKey user);
}
